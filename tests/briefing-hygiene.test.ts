/**
 * Over every corpus in the repository (the project's held-out and invented news, the seeds, the
 * boilerplate gold, and `corpora/` when present): no summary or key point holds a caption, a
 * dateline, a byline, a time stamp or a credit line. The patterns here are written apart from the
 * cleaning rules (src/pipeline/clean/rules.json), so the test does not grade the rules by themselves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBoilerplateGold } from '../src/eval/boilerplate-gold.ts';
import { extractArticle } from '../src/pipeline/extract.ts';

/** Forms that never belong in a briefing's summary or key points, by kind. */
const FORBIDDEN: [string, RegExp][] = [
  ['dateline', /^[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w .]*)?\s*(?:\([A-Za-z.&]+\))?\s+[-–—]{1,2}\s/],
  ['agency credit', /^\((?:CNN|AP|Reuters|AFP)\)|\((?:AP|AFP|Reuters|EPA|Getty)[^)]*(?:Photo|Images?)[^)]*\)/],
  ['byline', /^By\s+(?:\.|[A-Z][a-z]+\s+[A-Z][a-z]+\b(?!\s+(?:said|told|says)))|\bPUBLISHED:|\bUPDATED:|^Updated\s+\d/],
  ['picture credit or caption', /\b(?:Image copyright|Image caption|Photograph:|Photo:|Picture:|Getty Images|AP Photo|\(pictured\)|Pictured:|left to right)/i],
  ['reporting credit', /\b(?:Reporting by|Editing by|contributed to this report|All rights reserved)\b/i],
  // "Sign up for our newsletter", "Sign up to …" as a page's prompt — not "Residents can sign up
  // for free flood warnings", a report's advice to its readers.
  ['site prompt', /\b(?:Read more:|Follow us on|Subscribe to our|Share this|uses cookies|Scroll down for)\b|(?:^|[.!?]\s+)Sign up\b|\bsign up (?:for|to) our\b/i],
];

/** Article files of a folder (README and gold files aside). */
function filesOf(dir: string): { file: string; bytes: Buffer }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
    .sort()
    .map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) }));
}

/** `corpora/<name>/articles` for every corpus the repository holds. */
function repoCorpora(): string[] {
  if (!existsSync('corpora')) return [];
  return readdirSync('corpora').map((c) => join('corpora', c, 'articles')).filter(existsSync);
}

const FOLDERS = ['tests/fixtures/heldout-news/articles', 'tests/fixtures/invented-news', 'seeds', ...repoCorpora()];

/** The briefing texts a reader sees as the article's own account: the summary and each key point. */
function briefingTexts(file: string, bytes: Buffer): string[] {
  const { summary } = extractArticle(file, bytes, []);
  return [summary.summary, ...summary.keyPoints.map((k) => k.text)].filter(Boolean);
}

function offences(texts: string[]): string[] {
  return texts.flatMap((t) => FORBIDDEN.filter(([, re]) => re.test(t)).map(([kind]) => `${kind}: ${t}`));
}

describe.each(FOLDERS)('briefings of %s', (dir) => {
  it('hold no caption, dateline, byline or credit line', () => {
    const files = filesOf(dir);
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap(({ file, bytes }) => offences(briefingTexts(file, bytes)).map((o) => `${file}: ${o}`));
    expect(found).toEqual([]);
  });
});

/** What of the marked boilerplate reached the summary or key points of the gold's articles. */
function leaks(articles: ReturnType<typeof loadBoilerplateGold>): string[] {
  const found: string[] = [];
  for (const a of articles) {
    const text = `${a.title}\n\n${a.paragraphs.map((p) => p.raw).join('\n\n')}\n`;
      const texts = briefingTexts(`${a.id.replace('#', '-')}.txt`, Buffer.from(text));
      for (const o of offences(texts)) found.push(`${a.id}: ${o}`);
      for (const p of a.paragraphs) {
        // A paragraph marked to go must not appear, nor a marked span of one that stays.
        for (const gone of p.kept === undefined ? [p.raw] : p.spans)
          if (gone.length > 3 && texts.some((t) => t.includes(gone))) found.push(`${a.id}: kept "${gone}"`);
      }
  }
  return found;
}

describe('briefings of the boilerplate gold', () => {
  const gold = loadBoilerplateGold('tests/fixtures/boilerplate');
  it('hold none of the lines marked to go on the dev part, nor any forbidden form', () => {
    expect(leaks(gold.filter((g) => g.part === 'dev'))).toEqual([]);
  });

  it('hold none of the lines marked to go in the second and third sets (all development data)', () => {
    expect(leaks([...loadBoilerplateGold('tests/fixtures/boilerplate-2'), ...loadBoilerplateGold('tests/fixtures/boilerplate-3')])).toEqual([]);
  });

  it('on the test part, which no rule was written from, hold at most one line missed by cleaning', () => {
    // Measured: one caption dated by month and year instead of a weekday reached a key point
    // (magazine#1). Left as found so the part stays unseen; see docs/summaries.md.
    const found = leaks(gold.filter((g) => g.part === 'test'));
    console.log('boilerplate test part, lines reaching a briefing:', found);
    expect(found.length).toBeLessThanOrEqual(1);
  });
});
