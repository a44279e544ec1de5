/**
 * Quality of the summary stage: floors measured by the vendored scorer over the Wikinews dev set and
 * the second dev set (tests/fixtures/heldout-news) with the real brief command (src/eval/run-eval.ts), and properties
 * every summary must have on every article, whatever the scores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles, evaluateCorpus } from '../src/eval/run-eval.ts';
import { extractArticle } from '../src/pipeline/extract.ts';
import { splitSentences } from '../src/pipeline/sentences.ts';
import { hasBackReference, hasDanglingOpener } from '../src/pipeline/summary/dangling.ts';
import { contentWords, wordCount } from '../src/pipeline/summary/text.ts';
import { SELECTION } from '../src/pipeline/summary/selection.ts';

/** Every article with a human summary: the Wikinews dev set, the seed and the second dev set. */
function devArticles(): { file: string; bytes: Buffer }[] {
  const dirs = ['wikinews', 'seed', 'heldout'].map((name) => corpusFiles(name).articles);
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(md|txt)$/.test(f))
      .sort()
      .map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) })),
  );
}

/** Share of `a`'s content words that `b` also has. */
function overlap(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return wa.size ? shared / wa.size : 0;
}

describe('summary quality', () => {
  it('keeps the Wikinews dev set above its ROUGE floors at a short length', () => {
    const { result } = evaluateCorpus('wikinews');
    console.log('wikinews summary', JSON.stringify(result.summary));
    // Measured 0.454 / 0.231 at 41.6 words (first two sentences: 0.404 / 0.19 at 51 words). The
    // floors are the project's bars for this set (issue #4).
    expect(result.summary.rouge1).toBeGreaterThanOrEqual(0.45);
    expect(result.summary.rouge2).toBeGreaterThanOrEqual(0.22);
    expect(result.summary.meanWords).toBeLessThanOrEqual(45);
  }, 120_000);

  it('keeps the second dev set (three selection choices were made on it) above its floors at a short length', () => {
    const { result } = evaluateCorpus('heldout');
    console.log('second dev set summary', JSON.stringify(result.summary));
    // Measured 0.438 / 0.221 at 39.7 words (first two sentences: 0.441 / 0.23 at 51 words).
    expect(result.summary.rouge1).toBeGreaterThanOrEqual(0.43);
    expect(result.summary.rouge2).toBeGreaterThanOrEqual(0.2);
    expect(result.summary.meanWords).toBeLessThanOrEqual(45);
  }, 120_000);

  describe.each(devArticles())('$file', ({ file, bytes }) => {
    const { article, summary } = extractArticle(file, bytes, []);
    const body = article.paragraphs.join('\n');

    it('is one or two short sentences taken from the body, none leaning on a missing one', () => {
      expect(summary.summary).not.toBe('');
      // At most 55 words, or the article's own first two sentences within the opening pair's limit.
      const opening = article.paragraphs.join(' ').replace(/\s+/g, ' ').startsWith(summary.summary);
      expect(wordCount(summary.summary)).toBeLessThanOrEqual(opening ? SELECTION.openingPair : 55);
      const sentences = splitSentences(summary.summary);
      expect(hasDanglingOpener(sentences[0]!)).toBe(false);
      expect(hasBackReference(sentences[0]!)).toBe(false);
      // A trimmed sentence ends at a clause boundary with a full stop the source has as a comma,
      // and one that lost an opening phrase of time may have its first letter capitalised.
      const inBody = (s: string) => {
        const words = s.replace(/\.$/, '');
        return [words, words[0]!.toLowerCase() + words.slice(1)].some((w) => body.includes(w));
      };
      // "…in Washington D.C. Team Estonia had to…": two of the body's sentences the splitter reads
      // as one when the first ends on an abbreviation; each part must then be in the body.
      const parts = (s: string) => [...s.matchAll(/\. (?=\p{Lu})/gu)].map((m) => [s.slice(0, m.index + 1), s.slice(m.index + 2)]);
      for (const s of sentences) expect(inBody(s) || parts(s).some(([a, b]) => inBody(a!) && inBody(b!)), s).toBe(true);
      for (let i = 1; i < sentences.length; i++)
        if (hasDanglingOpener(sentences[i]!)) expect(body).toContain(`${sentences[i - 1]} ${sentences[i]}`);
    });

    it('has three to five distinct key points, each in the paragraph it links to', () => {
      const points = summary.keyPoints;
      expect(points.length).toBeGreaterThanOrEqual(3);
      expect(points.length).toBeLessThanOrEqual(5);
      for (const k of points) {
        expect(article.paragraphs[k.paragraph - 1]).toContain(k.text);
        expect(summary.summary).not.toContain(k.text);
        expect(overlap(k.text, summary.summary)).toBeLessThan(0.8);
      }
      for (const a of points)
        for (const b of points) if (a !== b) expect(overlap(a.text, b.text)).toBeLessThanOrEqual(0.5);
    });

    it('gives the same summary and points for the same bytes', () => {
      const again = extractArticle(file, Buffer.from(bytes), []).summary;
      expect(JSON.stringify(again)).toBe(JSON.stringify(summary));
    });
  });

  it('summarises the seed briefing by its main event and who reported it', () => {
    const seed = devArticles().find((a) => a.file.endsWith('.txt'))!;
    const { summary } = extractArticle(seed.file, seed.bytes, []);
    expect(summary.summary).toMatch(/Putin/);
    expect(summary.summary).toMatch(/Biden/);
    expect(summary.summary).toMatch(/\bsaid\b/);
    // The standfirst with its unbalanced quote, the dateline and the site boilerplate are never used.
    expect(summary.summary).not.toMatch(/aspiration to develop such contacts,’/);
    expect(summary.summary).not.toMatch(/MOSCOW|\(AA\)|cookies/);
  });
});
