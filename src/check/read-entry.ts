/**
 * Reading a content file the way the site build reads it: the frontmatter block is found as
 * Astro finds it and parsed with js-yaml, the YAML library Astro uses, so a value the check
 * accepts is the value the build sees (an unquoted 2024-01-01 is a date to both).
 */
import { load, YAMLException } from 'js-yaml';

/** A content file split into its fields and its Markdown body. */
export type Entry =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number; lineOf: (key: string) => number | undefined }
  | { ok: false; line?: number; message: string };

// The same frontmatter boundaries as Astro's: a leading --- line, then up to the next --- line.
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Parse a content file; `ok: false` says why it cannot be read, with the line when known. */
export function readEntry(text: string): Entry {
  const m = FRONTMATTER.exec(text);
  if (!m) {
    return {
      ok: false,
      line: 1,
      message: 'has no frontmatter: the file must start with a line "---", then its fields ("title: …"), then another line "---"',
    };
  }
  const yamlText = m[1] ?? '';
  let data: unknown;
  try {
    data = load(yamlText);
  } catch (e) {
    if (e instanceof YAMLException) {
      return { ok: false, line: e.mark ? e.mark.line + 2 : undefined, message: `the frontmatter is not valid YAML: ${e.reason}${yamlHint(e.reason)}` };
    }
    throw e;
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, line: 2, message: 'the frontmatter must be "key: value" lines (e.g. "title: Council approves budget")' };
  }
  const frontLines = yamlText.split(/\r?\n/);
  return {
    ok: true,
    data: data as Record<string, unknown>,
    body: text.slice(m[0].length),
    // The opening "---", the YAML lines (the last split item is what follows its final newline), the closing "---".
    bodyLine: frontLines.length + 2,
    lineOf: (key) => {
      const i = frontLines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`) || l.startsWith(`'${key}':`));
      return i < 0 ? undefined : i + 2;
    },
  };
}

/** The usual cause of the commonest YAML errors. */
function yamlHint(reason: string): string {
  if (/bad indentation|end of the stream or a document separator/.test(reason))
    return ' (often a value that contains ": " or starts with a quote: put the whole value in double quotes)';
  if (/unexpected end of the stream within a (double|single) quoted scalar|missed comma|unexpected end/.test(reason))
    return ' (a quote or bracket is opened and never closed)';
  if (/duplicated mapping key/.test(reason)) return ' (the same field appears twice: keep one)';
  return '';
}
