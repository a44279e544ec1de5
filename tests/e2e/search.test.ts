/**
 * Search in a real browser: Debian's Chromium against the built `dist/` (run `npm run build`
 * first), served on a loopback port.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { useBuiltSite, dist } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/site.ts';
import { parseMarkdown } from '../../src/pipeline/frontmatter.ts';

const briefingsDir = join(projectRoot, 'content/briefings');
const site = useBuiltSite();

/** Search on the search page and return the result links' paths. */
async function search(query: string): Promise<string[]> {
  await site.page.goto(`${site.url}search/`);
  const input = site.page.locator('pagefind-input input');
  await input.fill(query);
  await site.page.waitForFunction(() => document.querySelectorAll('pagefind-results a[href]').length > 0, null, { timeout: 15_000 }).catch(() => {});
  // Results fill in their placeholders as their data arrives: wait for the ones on screen.
  await site.page.waitForFunction(() => !document.querySelector('pagefind-results li[aria-hidden="true"]'), null, { timeout: 5_000 }).catch(() => {});
  const hrefs = await site.page.locator('pagefind-results a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs)];
}

/** Words of each briefing's body that no other briefing uses: what a reader might search for. */
function distinctiveWords(): Map<string, string> {
  const words = new Map<string, Set<string>>();
  for (const f of readdirSync(briefingsDir).filter((n) => n.endsWith('.md'))) {
    const { body } = parseMarkdown(readFileSync(join(briefingsDir, f), 'utf8'));
    words.set(f.slice(0, -3), new Set(body.toLowerCase().match(/\b[a-z]{7,}\b/g) ?? []));
  }
  const out = new Map<string, string>();
  for (const [slug, mine] of words) {
    // Pagefind stems words, so a word counts as distinctive only if no other briefing has a
    // word starting with the same six letters.
    const others = [...words].filter(([s]) => s !== slug).flatMap(([, w]) => [...w]);
    const taken = new Set(others.map((w) => w.slice(0, 6)));
    const unique = [...mine].filter((w) => !taken.has(w.slice(0, 6))).sort((a, b) => b.length - a.length || a.localeCompare(b));
    if (unique[0]) out.set(slug, unique[0]);
  }
  return out;
}

describe('search page', () => {
  it.each(['Lavrov', 'Nuland'])('finds the seed briefing for "%s"', async (q) => {
    expect(await search(q)).toContain('/briefings/russia-us-mull-fresh-putin-biden-meeting/');
  });

  it('finds every briefing by a word only it contains', async () => {
    const words = distinctiveWords();
    expect(words.size).toBeGreaterThanOrEqual(15);
    for (const [slug, word] of words) {
      expect(await search(word), `search for "${word}"`).toContain(`/briefings/${slug}/`);
    }
  });

  it('indexes briefing content, not navigation chrome', () => {
    const fragments = readdirSync(join(dist, 'pagefind/fragment')).map((f) =>
      JSON.parse(gunzipSync(readFileSync(join(dist, 'pagefind/fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '')),
    );
    const seed = fragments.find((f) => f.url === '/briefings/russia-us-mull-fresh-putin-biden-meeting/');
    expect(seed?.content).toContain('Sergey Lavrov');
    for (const f of fragments) expect(f.content, f.url).not.toMatch(/Skip to content|automated, extractive summaries/);
  });
});
