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
