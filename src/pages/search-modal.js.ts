/** The lazily loaded search modal script (see src/lib/search-modal-script.ts). */
import { searchModalScript } from '../lib/search-modal-script';
import { href } from '../lib/urls';

export function GET() {
  return new Response(searchModalScript(href()), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
