/**
 * The people finder run on a few paragraphs of made-up text, for tests of its rules: the result,
 * the names found, a person's published role and every published quote as "speaker: text".
 */
import { findPeople } from '../../src/pipeline/figures/index.ts';
import { toArticle } from '../../src/pipeline/article.ts';

/** findPeople on an article of these paragraphs (headline "Test", or `title`). */
export function peopleOf(...paragraphs: string[]) {
  return peopleIn(paragraphs);
}

/** findPeople on an article of these paragraphs under this headline. */
export function peopleIn(paragraphs: string[], title = 'Test') {
  const blocks = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
  return findPeople(toArticle({ file: 't.txt', title, meta: {}, blocks }));
}

/** The published role of the person called `name`, if found. */
export const roleOf = (name: string, ...paragraphs: string[]) => peopleOf(...paragraphs).figures.find((f) => f.name === name)?.role;

/** The people found, by name, sorted. */
export const names = (...paragraphs: string[]) => peopleOf(...paragraphs).figures.map((f) => f.name).sort();

/** Every published quote, as "speaker: text". */
export const quotesOf = (...paragraphs: string[]) => peopleOf(...paragraphs).figures.flatMap((f) => f.quotes.map((q) => `${f.name}: ${q}`));
