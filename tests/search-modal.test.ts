/** The lazily loaded search modal script and the search UI markup (src/lib/search-*.ts). */
import { describe, expect, it } from 'vitest';
import { searchModalScript } from '../src/lib/search-modal-script.ts';
import { modalHtml, resultTemplate, searchFilters } from '../src/lib/search-ui.ts';

describe('search modal script', () => {
  const js = searchModalScript('/sub/');

  it('is a module exporting open() and nameFilters(), and parses', async () => {
    expect(js).toMatch(/export async function open\(\)/);
    expect(js).toMatch(/export function nameFilters\(/);
    // Import it as a module: its top level only defines things (no DOM use until open() is called),
    // so this checks that it parses and exports what the launcher calls.
    const url = `data:text/javascript,${encodeURIComponent(js)}`;
    await expect(import(/* @vite-ignore */ url)).resolves.toHaveProperty('open');
  });

  it('loads Pagefind from under the base path and cannot be broken by markup in its config', () => {
    expect(js).toContain('"/sub/pagefind/pagefind-component-ui.js"');
    expect(js).toContain('bundle-path=\\"/sub/pagefind/\\"');
    const config = js.slice(js.indexOf('const config = ') + 15, js.indexOf(';\n', js.indexOf('const config = ')));
    expect(config).not.toContain('<');
    expect(JSON.parse(config).html).toBe(modalHtml('/sub/pagefind/'));
  });
});

describe('search UI markup', () => {
  it('offers the people, places and organisations, and source filters', () => {
    const html = modalHtml('/pagefind/');
    for (const f of searchFilters) expect(html).toContain(`filter="${f.name}"`);
    expect(html).toContain('<pagefind-input');
    expect(html).toContain('<pagefind-results');
  });

  it('shows each result\'s kind, summary and, for briefings, the excerpt', () => {
    expect(resultTemplate).toContain('{{ meta.summary }}');
    expect(resultTemplate).toContain('{{ meta.kind }}');
    expect(resultTemplate).toContain('eq(meta.kind, "Briefing")');
  });
});
