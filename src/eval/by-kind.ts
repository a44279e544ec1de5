/**
 * The summary's ROUGE-1 by kind of source (the `kind` field of a corpus article's frontmatter, as
 * the newsroom corpus has), against three baselines on the same articles: the first sentence, the
 * first two sentences (both by the scorer's lead rule), and the opening words of the article cut to
 * the summary's own length, so every subset shows whether the summary beats the lead at equal or
 * shorter length.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../pipeline/frontmatter.ts';
import { summarize } from '../pipeline/summary/index.ts';
import { tokens } from '../pipeline/summary/text.ts';
import { loadTrainingDocs, rouge1 } from './fit-concepts.ts';
import type { CorpusFiles } from './run-eval.ts';

/**
 * The first `k` sentences of an article body by the scorer's rule (corpora/eval/score.mjs,
 * `leadSentences`): paragraphs of more than six words, headings left out, cut at . ! or ?.
 */
export function leadSentences(body: string, k: number): string {
  const text = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#') && p.split(/\s+/).length > 6)
    .join(' ');
  const sentences = text.match(/[^.!?]+(?:[.!?]+["”’')]*|$)/g) ?? [];
  return sentences.slice(0, k).join(' ').trim();
}

/** ROUGE-1 and words of one system on a subset. */
export interface Figure {
  rouge1: number;
  words: number;
}

/** One kind of source: how many articles, and the summary's and the baselines' figures. */
export interface KindRow {
  kind: string;
  articles: number;
  summary: Figure;
  lead1: Figure;
  lead2: Figure;
  /** The article's opening words, as many as the summary has. */
  leadWords: Figure;
}

/** Figures by kind of source for the articles of a corpus that have a `kind` and a human summary; the last row is every article. */
export function figuresByKind(files: CorpusFiles): KindRow[] {
  // Read the frontmatter first, so a corpus without kinds costs no summaries.
  const sources = new Map<string, { kind: string; body: string }>();
  for (const file of readdirSync(files.articles).filter((f) => f.endsWith('.md'))) {
    const id = file.slice(0, -3);
    if (files.ids && !files.ids.includes(id)) continue;
    const { data, body } = parseMarkdown(readFileSync(join(files.articles, file), 'utf8'));
    if (typeof data.kind === 'string') sources.set(id, { kind: data.kind, body });
  }
  const rows = new Map<string, { summary: Figure[]; lead1: Figure[]; lead2: Figure[]; leadWords: Figure[] }>();
  if (!sources.size) return [];
  for (const doc of loadTrainingDocs(files.articles, files.gold, [...sources.keys()])) {
    const { kind, body } = sources.get(doc.id)!;
    const summary = summarize(doc.article).summary;
    const words = tokens(summary).length;
    const figure = (text: string): Figure => ({ rouge1: rouge1(text, doc.reference), words: tokens(text).length });
    // The opening words, as many as fit in the summary's token count.
    const opening: string[] = [];
    let used = 0;
    for (const w of leadSentences(body, 1000).split(/\s+/)) {
      used += tokens(w).length;
      if (used > words) break;
      opening.push(w);
    }
    for (const group of [kind, 'all']) {
      const row = rows.get(group) ?? { summary: [], lead1: [], lead2: [], leadWords: [] };
      row.summary.push(figure(summary));
      row.lead1.push(figure(leadSentences(body, 1)));
      row.lead2.push(figure(leadSentences(body, 2)));
      row.leadWords.push(figure(opening.join(' ')));
      rows.set(group, row);
    }
  }
  const mean = (fs: Figure[]): Figure => ({
    rouge1: fs.reduce((s, f) => s + f.rouge1, 0) / fs.length,
    words: fs.reduce((s, f) => s + f.words, 0) / fs.length,
  });
  return [...rows.entries()]
    .sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))
    .map(([kind, r]) => ({ kind, articles: r.summary.length, summary: mean(r.summary), lead1: mean(r.lead1), lead2: mean(r.lead2), leadWords: mean(r.leadWords) }));
}

/** The table as text: R-1 and words per system, and whether the summary is above both sentence leads. */
export function formatByKind(rows: KindRow[]): string {
  const cell = (f: Figure) => `${f.rouge1.toFixed(3)} ${f.words.toFixed(0).padStart(2)}w`;
  const lines = [`${'kind'.padEnd(14)} n   summary     lead-1      lead-2      lead, same words  above lead-1 / lead-2 (at ≤ its length)`];
  for (const r of rows) {
    const above1 = r.summary.rouge1 > r.lead1.rouge1 ? 'yes' : 'NO';
    const above2 = r.summary.rouge1 > r.lead2.rouge1 ? (r.summary.words <= r.lead2.words + 0.5 ? 'yes' : 'yes, but longer') : 'NO';
    lines.push(
      `${r.kind.padEnd(14)} ${String(r.articles).padStart(2)}  ${cell(r.summary)}  ${cell(r.lead1)}  ${cell(r.lead2)}  ${cell(r.leadWords)}       ${above1} / ${above2}`,
    );
  }
  return lines.join('\n');
}
