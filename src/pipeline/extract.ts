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
import { detectAcronyms, matchGlossary, type DefinedAcronym, type GlossaryRecord } from './glossary/index.ts';
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
 * Everything extracted from one article that does not depend on the glossary collection: the
 * part the brief command runs in worker threads. The glossary is matched afterwards, in file
 * order, because it grows during a run (a draft from one article is matched in the next).
 * Plain data only, so it crosses between threads as it is.
 */
export interface ArticleReading {
  article: Article;
  figures: ExtractedFigure[];
  unattributedQuotes: UnattributedQuote[];
  places: FoundPlace[];
  summary: Summary;
  /** Acronyms the article defines ("the World Health Organization (WHO)"). */
  acronyms: DefinedAcronym[];
}

/**
 * Run every stage but the glossary on one article.
 * @throws SourceError when the article cannot be used (the message names the file and the reason).
 */
export function readArticle(file: string, bytes: Uint8Array): ArticleReading {
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
    ...(cleaned.interviewer ? { interviewer: cleaned.interviewer } : {}),
    blocks: cleaned.blocks,
  });
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
    acronyms: detectAcronyms([article.title, ...article.blocks.map((b) => b.text)]),
  };
}

/** The last stage: match the glossary collection against an article read by `readArticle`. */
export function matchReading(reading: ArticleReading, glossary: GlossaryRecord[]): Extraction {
  const terms = matchGlossary(reading.article, glossary, reading.acronyms);
  return {
    article: reading.article,
    figures: reading.figures,
    unattributedQuotes: reading.unattributedQuotes,
    places: reading.places,
    summary: reading.summary,
    glossary: terms.refs,
    glossaryDrafts: terms.drafts,
  };
}

/**
 * Run every extraction stage on one article.
 * @throws SourceError when the article cannot be used (the message names the file and the reason).
 */
export function extractArticle(file: string, bytes: Uint8Array, glossary: GlossaryRecord[]): Extraction {
  return matchReading(readArticle(file, bytes), glossary);
}
