/**
 * The per-article pipeline: bytes in, everything a briefing says out. Pure and deterministic, with
 * no file-system access, so it can run in worker threads and be tested on a string.
 *
 *   decode → parse → clean → figures → places → summary → glossary
 */
import { decodeArticle } from './decode.ts';
import { parseSource } from './parse-source.ts';
import { cleanBlocks } from './clean.ts';
import { toArticle, type Article } from './article.ts';
import { findPeople, type ExtractedFigure, type UnattributedQuote } from './figures/index.ts';
import { summarize, type Summary } from './summary/index.ts';
import { findPlaces, type FoundPlace } from './places/index.ts';
import { detectAcronyms, matchGlossary, type GlossaryRecord } from './glossary/index.ts';
import { SourceError } from './errors.ts';
import type { GlossaryRef } from '../schema/briefing.ts';

/** What the pipeline extracted from one article. */
export interface Extraction {
  article: Article;
  figures: ExtractedFigure[];
  /** Places and organisations the story is about (src/pipeline/places/). */
  places: FoundPlace[];
  /** Direct quotes with no confident speaker, in text order (see UnattributedQuote). */
  unattributedQuotes: UnattributedQuote[];
  summary: Summary;
  glossary: GlossaryRef[];
  /** Draft glossary entries for acronyms the article defines and the collection lacks. */
  glossaryDrafts: GlossaryRecord[];
}

/**
 * Run every extraction stage on one article.
 * @throws SourceError when the article cannot be used (the message names the file and the reason).
 */
export function extractArticle(file: string, bytes: Uint8Array, glossary: GlossaryRecord[]): Extraction {
  if (bytes.length === 0) throw new SourceError(file, 'the file is empty (0 bytes)');
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new SourceError(file, decoded.reason);
  if (!decoded.text.trim()) throw new SourceError(file, 'the file holds only white space (no title, no text)');
  const source = parseSource(file, decoded.text);
  const cleaned = cleanBlocks(source.blocks, source.title);
  if (!cleaned.blocks.some((b) => b.kind === 'paragraph'))
    throw new SourceError(file, 'nothing is left to brief once site boilerplate is removed');
  const article = toArticle({
    file,
    title: source.title,
    meta: source.meta,
    date: source.meta.date ?? cleaned.date,
    dateline: cleaned.dateline,
    blocks: cleaned.blocks,
  });
  const terms = matchGlossary(article, glossary, detectAcronyms([article.title, ...article.blocks.map((b) => b.text)]));
  const people = findPeople(article);
  const figures = people.figures;
  // The people's names, full and short, so that no name of a person is read as a place.
  const names = figures.flatMap((f) => [f.name, ...f.aliases]);
  return {
    article,
    figures,
    unattributedQuotes: people.unattributed,
    places: findPlaces([article.title, ...article.paragraphs], { people: names, dateline: article.dateline?.place }),
    summary: summarize(article),
    glossary: terms.refs,
    glossaryDrafts: terms.drafts,
  };
}
