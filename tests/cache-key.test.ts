/**
 * A briefing page's cache key (src/lib/cache-key.ts): it changes with what the page shows and
 * nothing else, and its cost does not grow with the size of the briefing's story.
 */
import { describe, expect, it } from 'vitest';
import { briefingCacheKey, type BriefingKeyParts } from '../src/lib/cache-key.ts';

const entry = (slug: string, date: string) => ({ digest: `digest-${slug}`, data: { slug, date, figures: [{ id: 'ada-obi' }], glossary: [{ id: 'un' }] } });

/** A story of `n` briefings, one a day from 1 January 2020. */
function story(n: number) {
  return { id: 'story-1', briefings: Array.from({ length: n }, (_, i) => entry(`s-${i}`, new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10))) };
}

function parts(over: Partial<BriefingKeyParts> = {}): BriefingKeyParts {
  return {
    entry: entry('crane', '2020-01-02'),
    related: [{ briefing: { data: { slug: 'other', title: 'Other', date: '2020-01-01' } }, shared: ['ada-obi'] }],
    withPage: new Set(['ada-obi']),
    glossary: new Map([['un', { digest: 'digest-un', data: {} }]]),
    story: story(3),
    revision: undefined,
    settings: { locale: 'en-GB' },
    ...over,
  };
}

describe('a briefing page cache key', () => {
  it('changes with each thing the page shows', () => {
    const base = briefingCacheKey(parts());
    const changed: Partial<BriefingKeyParts>[] = [
      { entry: { ...entry('crane', '2020-01-02'), digest: 'edited' } },
      { related: [] },
      { withPage: new Set() },
      { glossary: new Map([['un', { digest: 'new definition', data: {} }]]) },
      { story: story(4) },
      { story: { ...story(3), id: 'story-2' } },
      { story: undefined },
      { revision: { at: '2020-02-01' } },
      { settings: { locale: 'fr-FR' } },
    ];
    for (const over of changed) expect(briefingCacheKey(parts(over)), JSON.stringify(Object.keys(over))).not.toBe(base);
  });

  it('does not change when a story briefing the page does not show changes', () => {
    const longer = story(5);
    const edited = { ...longer, briefings: longer.briefings.map((b, i) => (i === 2 ? { ...b, digest: 'edited', data: { ...b.data, slug: 'renamed' } } : b)) };
    expect(briefingCacheKey(parts({ story: edited }))).toBe(briefingCacheKey(parts({ story: longer })));
  });

  it('costs the same for a story of 20,000 briefings as for one of 20', () => {
    const time = (s: ReturnType<typeof story>) => {
      let best = Infinity;
      for (let r = 0; r < 5; r++) {
        const started = performance.now();
        for (let i = 0; i < 2000; i++) briefingCacheKey(parts({ story: s }));
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const small = story(20);
    const large = story(20_000);
    time(small);
    // Hashing the whole list would make the large story about a thousand times dearer.
    expect(time(large) / time(small)).toBeLessThan(3);
  });
});
