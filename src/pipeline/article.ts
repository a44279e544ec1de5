/**
 * The article as every extraction stage sees it: cleaned blocks, the body paragraphs in order
 * (their 1-based position is the paragraph's anchor on the rendered page), and its sentences.
 */
import type { Block, SourceMeta } from './parse-source.ts';
import type { Dateline } from '../schema/briefing.ts';
import { sentencesOf, type Sentence } from './sentences.ts';

export interface Article {
  file: string;
  title: string;
  meta: SourceMeta;
  date?: string;
  dateline?: Dateline;
  /** The interview's asker, as a credit line the cleaning took away names them ("Interview by …"). */
  interviewer?: string;
  /** Cleaned body blocks, headings included, in order. */
  blocks: Block[];
  /** The text of the paragraph blocks only; `paragraphs[i]` is anchored as `p-${i + 1}`. */
  paragraphs: string[];
  sentences: Sentence[];
}

/** Assemble an article from cleaned blocks. */
export function toArticle(base: Omit<Article, 'paragraphs' | 'sentences'>): Article {
  const paragraphs = base.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  return { ...base, paragraphs, sentences: sentencesOf(paragraphs) };
}
