import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toArticle, type Article } from '../src/pipeline/article.ts';
import { summaryCandidates } from '../src/pipeline/summary/index.ts';
import { CANDIDATE_FEATURES, candidateFeatures, readWeights, rerank, RERANK_WEIGHTS, type CandidateFeatures } from '../src/pipeline/summary/rerank.ts';
import { chosenRouge, crossValidate, fitRerank, oracleRouge, type RerankDoc } from '../src/eval/fit-summary.ts';
import { figuresByKind, leadSentences } from '../src/eval/by-kind.ts';

function article(title: string, paragraphs: string[]): Article {
  return toArticle({ file: 'test.txt', title, meta: {}, blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })) });
}

const STORY = article('Harbour town votes to rebuild flooded sea wall', [
  'The council of the harbour town of Kalbsund voted on Monday to rebuild the sea wall that failed during last month’s storm, at a cost of 12 million euros.',
  'The old wall had stood for ninety years before the storm broke through it in three places.',
  'Opposition councillors argued that the money should go to moving homes away from the shore instead.',
  'Work on the new sea wall is due to start in the spring and should take two years to finish.',
  'The storm flooded 340 homes in Kalbsund and closed the harbour for a whole week in October.',
]);

const weights = (w: Partial<CandidateFeatures>): CandidateFeatures => ({ ...readWeights({ note: 'test', weights: {} }), ...w });

describe('the reranker', () => {
  const { candidates, context } = summaryCandidates(STORY);

  it('describes each candidate by where its sentences stand and how long it is', () => {
    const lead = candidates.find((c) => c.length === 2 && c[0]!.unit.rank === 0 && c[1]!.unit.rank === 1 && c.every((r) => r.text === r.unit.text));
    expect(lead).toBeDefined();
    const f = candidateFeatures(lead!, context);
    expect(f).toMatchObject({ pair: 1, opensArticle: 1, leadPair: 1, adjacent: 1, trimmed: 0, relativePosition: 0, figures: 1 });
    expect(f.words * 40).toBe(lead!.reduce((n, r) => n + r.words, 0));
    expect(f.title).toBeGreaterThan(0);
    // "The storm flooded…" needs a sentence naming the storm before it, so the latest a summary may open is unit 3.
    const late = candidates.find((c) => c.length === 1 && c[0]!.unit.rank === 3)!;
    expect(candidateFeatures(late, context)).toMatchObject({ pair: 0, opensArticle: 0, leadPair: 0, adjacent: 0, relativePosition: 0.75 });
  });

  it('chooses the candidate its weights score highest', () => {
    const longest = Math.max(...candidates.map((c) => c.reduce((n, r) => n + r.words, 0)));
    const byLength = rerank(candidates, context, weights({ words: 1 }));
    expect(byLength.reduce((n, r) => n + r.words, 0)).toBe(longest);
    const last = rerank(candidates, context, weights({ relativePosition: 1 }));
    expect(last[0]!.unit.rank).toBe(3);
  });

  it('reads its weights through one schema that names the file and the feature at fault', () => {
    expect(Object.keys(RERANK_WEIGHTS).sort()).toEqual([...CANDIDATE_FEATURES].sort());
    expect(() => readWeights({ note: 'x', weights: { novelty: 1 } })).toThrow(/rerank-weights\.json: weights: .*novelty/);
    expect(() => readWeights({ weights: {} })).toThrow(/rerank-weights\.json: note/);
  });
});

describe('fitting the reranker', () => {
  // Articles whose best candidate is the one with the most of feature 2 ("words"), whatever feature 0 says.
  const docs: RerankDoc[] = Array.from({ length: 20 }, (_, i) => {
    const rows = Array.from({ length: 6 }, (_, c) => {
      const row = new Float64Array(CANDIDATE_FEATURES.length);
      row[0] = ((i * 7 + c * 3) % 5) / 10; // "expected": noise
      row[2] = ((c * 5 + i) % 6) / 6; // "words": what the gains follow
      return row;
    });
    return { id: `doc-${i}`, rows, gains: rows.map((r) => 0.2 + 0.3 * r[2]!), words: rows.map((r) => Math.round(40 * r[2]!)) };
  });

  it('learns which feature the ROUGE-1 follows and then chooses as the oracle does', () => {
    const start = weights({ expected: 1 });
    expect(chosenRouge(docs, start).rouge1).toBeLessThan(oracleRouge(docs));
    const fitted = fitRerank(docs, start, { temperature: 0.02, l2: 0.001, iterations: 300, objective: 'expected' });
    expect(fitted.words).toBeGreaterThan(0);
    expect(chosenRouge(docs, fitted).rouge1).toBeCloseTo(oracleRouge(docs), 5);
    expect(crossValidate(docs, start, { temperature: 0.02, l2: 0.001, iterations: 100, objective: 'listwise' }).rouge1).toBeGreaterThan(chosenRouge(docs, start).rouge1);
  });
});

describe('figures by kind of source', () => {
  it('takes the lead as the scorer does: no headings, no short lines, cut at a sentence end', () => {
    const body = '## Section\n\nBy Jane Doe\n\nThe mayor opened the new bridge on Friday morning. It cost 4 million euros! Crowds came.\n\nA second paragraph follows here with more.';
    expect(leadSentences(body, 1)).toBe('The mayor opened the new bridge on Friday morning.');
    expect(leadSentences(body, 2).replace(/\s+/g, ' ')).toBe('The mayor opened the new bridge on Friday morning. It cost 4 million euros!');
  });

  it('gives each kind its articles and baselines, and the opening words no longer than the summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'by-kind-'));
    mkdirSync(join(dir, 'articles'));
    const gold: Record<string, { title: string; summary: string; persons: [] }> = {};
    const first = 'The council of Kalbsund voted on Monday to rebuild the sea wall that failed in the storm.';
    for (const [id, kind] of [['wire-a', 'wire'], ['wire-b', 'wire'], ['sport-a', 'sport']] as const) {
      const title = `Kalbsund rebuilds its sea wall (${id})`;
      writeFileSync(
        join(dir, 'articles', `${id}.md`),
        `---\ntitle: "${title}"\nkind: ${kind}\n---\n\n${first}\n\nThe old wall had stood for ninety years before the storm broke through it.\n\nWork on the new wall is due to start in the spring and should take two years.\n`,
      );
      gold[id] = { title, summary: first, persons: [] };
    }
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold));
    const rows = figuresByKind({ articles: join(dir, 'articles'), gold: join(dir, 'gold.json') });
    expect(rows.map((r) => [r.kind, r.articles])).toEqual([['sport', 1], ['wire', 2], ['all', 3]]);
    for (const r of rows) {
      expect(r.lead1.rouge1).toBe(1);
      expect(r.lead2.words).toBeGreaterThan(r.lead1.words);
      expect(r.leadWords.words).toBeLessThanOrEqual(r.summary.words);
    }
  });
});
