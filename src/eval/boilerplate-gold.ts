/**
 * The boilerplate gold (tests/fixtures/boilerplate): invented articles from nine kinds of source,
 * each paragraph marked with what cleaning must do to it, and the precision and recall of the
 * cleaning stage against those marks.
 *
 * Format: one file per kind of source; articles separated by a line `====`; in each, the title on
 * the first line and paragraphs separated by blank lines. A paragraph starting `[drop] ` must go;
 * text inside `{{…}}` must go while the rest of its paragraph stays; every other paragraph must
 * stay exactly as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource } from '../pipeline/parse-source.ts';
import { cleanBlocks } from '../pipeline/clean.ts';
import { fnv1a } from './gum-split.ts';

/** One paragraph of a gold article and what must become of it. */
export interface GoldParagraph {
  /** The paragraph as the source prints it (marks removed). */
  raw: string;
  /** What must be left of it: undefined when it must go entirely. */
  kept?: string;
  /** The marked spans that must go from a paragraph that stays. */
  spans: string[];
}

export interface GoldArticle {
  /** `<kind>#<n>`: the file's name without `.txt` and the article's 1-based place in it. */
  id: string;
  kind: string;
  title: string;
  paragraphs: GoldParagraph[];
  /** Dev articles may inform rules; test articles are only measured (FNV-1a of the id, mod 3 = 0). */
  part: 'dev' | 'test';
}

const DROP = /^\[drop\]\s+/;
const SPAN = /\{\{([\s\S]*?)\}\}/g;

/** Read every gold article of a folder. */
export function loadBoilerplateGold(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const kind = file.replace(/\.txt$/, '');
      return readFileSync(join(dir, file), 'utf8')
        .split(/\n====\n/)
        .map((chunk, i) => {
          const [title, ...rest] = chunk.trim().split('\n');
          const paragraphs = rest
            .join('\n')
            .split(/\n\s*\n/)
            .map((p) => p.trim())
            .filter(Boolean)
            .map((p): GoldParagraph => {
              if (DROP.test(p)) return { raw: p.replace(DROP, ''), spans: [] };
              const spans = [...p.matchAll(SPAN)].map((m) => m[1]!.trim());
              return { raw: p.replace(SPAN, '$1'), kept: p.replace(SPAN, '').trim(), spans };
            });
          const id = `${kind}#${i + 1}`;
          return { id, kind, title: title!.trim(), paragraphs, part: fnv1a(id) % 3 === 0 ? ('test' as const) : ('dev' as const) };
        });
    });
}

/** What cleaning did to one gold article, paragraph by paragraph. */
export interface ArticleScore {
  id: string;
  /** Marked text removed as it should be (whole paragraphs and spans). */
  removed: number;
  /** Marked text left in. */
  missed: string[];
  /** Text a reader needs that was removed or changed. */
  wronglyRemoved: string[];
  /** Items the gold marks for removal. */
  marked: number;
}

/** Clean one gold article with the real stage and compare with its marks. */
export function scoreArticle(article: GoldArticle): ArticleScore {
  const text = `${article.title}\n\n${article.paragraphs.map((p) => p.raw).join('\n\n')}\n`;
  const source = parseSource(`${article.id}.txt`, text);
  const out = cleanBlocks(source.blocks, source.title).blocks.map((b) => b.text);
  const score: ArticleScore = { id: article.id, removed: 0, missed: [], wronglyRemoved: [], marked: 0 };
  for (const p of article.paragraphs) {
    if (p.kept === undefined) {
      score.marked++;
      // Gone means no output paragraph is it or a piece of it.
      const left = out.some((o) => o === p.raw || (o.length > 12 && p.raw.includes(o)) || o.includes(p.raw));
      if (left) score.missed.push(p.raw);
      else score.removed++;
      continue;
    }
    const hasSpan = p.kept !== p.raw;
    if (hasSpan) score.marked++;
    if (out.includes(p.kept)) {
      if (hasSpan) score.removed++;
      continue;
    }
    if (hasSpan && out.includes(p.raw)) score.missed.push(p.raw);
    else score.wronglyRemoved.push(p.kept);
  }
  return score;
}

/** Precision and recall of removal over some articles. */
export function removalFigures(articles: GoldArticle[]): { precision: number; recall: number; marked: number; scores: ArticleScore[] } {
  const scores = articles.map(scoreArticle);
  const tp = scores.reduce((n, s) => n + s.removed, 0);
  const fn = scores.reduce((n, s) => n + s.missed.length, 0);
  const fp = scores.reduce((n, s) => n + s.wronglyRemoved.length, 0);
  const marked = scores.reduce((n, s) => n + s.marked, 0);
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, marked, scores };
}
