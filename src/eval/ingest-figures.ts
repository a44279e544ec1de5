/**
 * Extraction figures: a seed compared with what a person reads on the page (an expectation file
 * in tests/fixtures/ingest/expected/). Used by the page tests and by scripts/ingest-figures.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../../src/pipeline/frontmatter.ts';
import { fromMarkdown } from '../../src/pipeline/markdown-text.ts';
import { fileURLToPath } from 'node:url';

/** The ingest fixtures: pages/, feeds/ and expected/. */
export const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/ingest/', import.meta.url));

/** What a person reads on a fixture page. */
export interface Expectation {
  page: string;
  refused?: string;
  title: string;
  url: string;
  source: string;
  date: string | null;
  updated?: string;
  author?: string;
  language: string;
  license?: string;
  paragraphs: string[];
  headings?: string[];
  quotes?: string[];
  boilerplate: string[];
}

export const FIELDS = ['title', 'url', 'source', 'date', 'updated', 'author', 'language', 'license'] as const;

/** Every expectation file, sorted by name. */
export function readExpectations(): Expectation[] {
  const dir = join(FIXTURES, 'expected');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as Expectation);
}

/** Straight quotes and collapsed spaces, so typography does not count as a lost line. */
const norm = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** How a seed compares with its expectation. */
export interface PageScore {
  page: string;
  fieldsRight: number;
  fieldsChecked: number;
  wrongFields: string[];
  boilerplateLeft: string[];
  linesLost: string[];
  headingsLost: string[];
  quotesLost: string[];
}

/** Score a seed file's text against its expectation. */
export function scoreSeed(exp: Expectation, seedText: string): PageScore {
  const { data, body } = parseMarkdown(seedText);
  const blocks = fromMarkdown(body).map((b) => norm(b.text));
  const bodyText = blocks.join('\n');
  const wrongFields: string[] = [];
  for (const f of FIELDS) {
    const want = (exp as unknown as Record<string, unknown>)[f] ?? undefined;
    const got = data[f] ?? undefined;
    if ((want ?? null) !== (got ?? null)) wrongFields.push(`${f}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  const headingTexts = new Set(fromMarkdown(body).filter((b) => b.kind === 'heading').map((b) => norm(b.text)));
  const quoteText = [...body.matchAll(/^> ?(.*)$/gm)].map((m) => norm(m[1])).join(' ');
  return {
    page: exp.page,
    fieldsChecked: FIELDS.length,
    fieldsRight: FIELDS.length - wrongFields.length,
    wrongFields,
    boilerplateLeft: exp.boilerplate.filter((b) => bodyText.includes(norm(b))),
    linesLost: exp.paragraphs.filter((p) => !blocks.includes(norm(p))),
    headingsLost: (exp.headings ?? []).filter((h) => !headingTexts.has(norm(h))),
    quotesLost: (exp.quotes ?? []).filter((q) => !quoteText.includes(norm(q))),
  };
}
