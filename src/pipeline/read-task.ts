/**
 * The work a brief run hands to a worker thread: one article's source bytes in, its reading
 * (every extraction stage but the glossary) or the reason it cannot be used out. The same
 * function runs in the main thread when the run uses no workers (`--jobs 1`), so an article's
 * outcome does not depend on where it was read.
 *
 * This module is the worker threads' entry: its default export is what the pool runs.
 */
import { readArticle, type ArticleReading } from './extract.ts';
import { faultReason } from './errors.ts';

/** One article to read. */
export interface ReadTask {
  file: string;
  bytes: Uint8Array;
}

/** An article read, or why it could not be: never thrown, so one article's fault stays its own. */
export type ReadResult = { ok: true; reading: ArticleReading } | { ok: false; reason: string };

/** Read one article; a fault becomes its reason in an editor's words. */
export default function readTask({ file, bytes }: ReadTask): ReadResult {
  try {
    return { ok: true, reading: readArticle(file, bytes) };
  } catch (e) {
    return { ok: false, reason: faultReason(e) };
  }
}
