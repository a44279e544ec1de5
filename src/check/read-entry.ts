/**
 * Reading a content file the way the site build reads it: the frontmatter block is found as
 * Astro finds it and parsed with js-yaml, the YAML library Astro uses, so a value the check
 * accepts is the value the build sees (an unquoted 2024-01-01 is a date to both). One exception:
 * an impossible date (2024-13-45), which js-yaml silently rolls over to another day, stays text
 * here so the schema can report it.
 */
import * as jsYaml from 'js-yaml';
import { DEFAULT_SCHEMA, load, Type, YAMLException } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { impossibleDate } from '../schema/briefing.ts';

/** A content file split into its fields and its Markdown body. */
export type Entry =
  | {
      ok: true;
      data: Record<string, unknown>;
      body: string;
      bodyLine: number;
      /** The file line of the field or list item a path leads to (as deep as it exists). */
      lineAt: (path: readonly PropertyKey[]) => number | undefined;
    }
  | { ok: false; line?: number; message: string };

// The same frontmatter boundaries as Astro's: a leading --- line, then up to the next --- line.
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

// js-yaml 4 exports its built-in types; @types/js-yaml does not declare them yet.
const timestamp = (jsYaml as unknown as { types: { timestamp: Type & { resolve: (d: string) => boolean; construct: (d: string) => unknown } } }).types.timestamp;

/** js-yaml's timestamps, except that a date-only value that is no real day stays text. */
const calendarTimestamp = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string) => timestamp.resolve(data),
  construct: (data: string) => (/^\d{4}-\d{2}-\d{2}$/.test(data) && impossibleDate(data) ? data : timestamp.construct(data)),
  instanceOf: Date,
});
const CHECK_SCHEMA = DEFAULT_SCHEMA.extend({ implicit: [calendarTimestamp] });

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
    data = load(yamlText, { schema: CHECK_SCHEMA });
  } catch (e) {
    if (e instanceof YAMLException) {
      const index = e.mark?.line;
      const line = index === undefined ? undefined : index + 2;
      return { ok: false, line, message: `the frontmatter is not valid YAML: ${yamlCause(e.reason, yamlText.split(/\r?\n/), index)}` };
    }
    throw e;
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, line: 2, message: 'the frontmatter must be "key: value" lines (e.g. "title: Council approves budget")' };
  }
  // Positions are parsed only when a problem asks for a line: most files have none, and a
  // document with positions takes many times the memory of its values (4 GB at 50,000 briefings).
  let located: { doc: ReturnType<typeof parseDocument>; lines: LineCounter } | undefined;
  const locate = () => {
    if (!located) {
      const lines = new LineCounter();
      located = { doc: parseDocument(yamlText, { lineCounter: lines }), lines };
    }
    return located;
  };
  return {
    ok: true,
    data: data as Record<string, unknown>,
    body: text.slice(m[0].length),
    // The opening "---", the YAML lines (the last split item is what follows its final newline), the closing "---".
    bodyLine: yamlText.split(/\r?\n/).length + 2,
    // +1 for the opening "---" line.
    lineAt: (path) => {
      const { doc, lines } = locate();
      const offset = offsetAt(doc.contents, path);
      return offset === undefined ? undefined : lines.linePos(offset).line + 1;
    },
  };
}

/** Where the deepest existing step of `path` starts: a field's key, or a list item. */
function offsetAt(node: unknown, path: readonly PropertyKey[]): number | undefined {
  let at: number | undefined;
  let current = node;
  for (const step of path) {
    if (isMap(current)) {
      const pair = current.items.find((p) => (p.key as { value?: unknown } | null)?.value === step);
      if (!pair) break;
      at = (pair.key as YamlNode).range?.[0];
      current = pair.value;
    } else if (isSeq(current) && typeof step === 'number' && current.items[step]) {
      current = current.items[step];
      at = (current as YamlNode).range?.[0];
    } else break;
  }
  return at;
}

/**
 * js-yaml's reason, with the usual cause in an editor's words. "bad indentation" is said both of
 * a line indented wrongly and of a value holding ": " (YAML takes it for a second field on the
 * same line), so the offending line decides which.
 */
function yamlCause(reason: string, lines: string[], index: number | undefined): string {
  const text = index === undefined ? '' : (lines[index] ?? '');
  if (/bad indentation|end of the stream or a document separator/.test(reason)) {
    const field = /^\s*(?:-\s+)?([^\s:#"'][^:#]*?):\s+([^"'\s].*?:\s.*)$/.exec(text);
    if (field) {
      return `the value of "${field[1].trim()}" contains ": ", which YAML reads as the start of another field: put the whole value in double quotes ("…")`;
    }
    return 'this line is not lined up with the lines around it (bad indentation): indent it with spaces exactly as far as the other fields of its group, and list items ("- …") as far as each other';
  }
  if (/tab characters must not be used/.test(reason)) return 'a tab is used to indent this line: indent with spaces only';
  if (/unexpected end of the stream within a (double|single) quoted scalar|missed comma|unexpected end/.test(reason)) {
    return `${reason} (a quote or bracket is opened and never closed)`;
  }
  if (/duplicated mapping key/.test(reason)) return `${reason} (the same field appears twice: keep one)`;
  return reason;
}
