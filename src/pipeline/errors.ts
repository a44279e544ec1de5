import { WriteError } from './write-file.ts';

/**
 * An article the brief command cannot use. The message is written for an editor: it says what is
 * wrong with the file, and the batch goes on with the other articles.
 */
export class SourceError extends Error {
  /** The file the problem is in, as given to the command. */
  readonly file: string;
  /** What is wrong, in words an editor understands. */
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'SourceError';
    this.file = file;
    this.reason = reason;
  }
}

/**
 * Why an article could not be briefed, in an editor's words. Used where the article failed, in
 * the main thread or in a worker thread, so both say the same.
 */
export function faultReason(e: unknown): string {
  if (e instanceof SourceError) return e.reason;
  if (e instanceof WriteError) return e.message;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'the text is nested too deeply to read (the reader ran out of stack)';
  return `could not be briefed: ${(e as Error)?.message ?? String(e)}`;
}
