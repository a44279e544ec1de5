/**
 * How the editing interface reads and writes a content file: with the project's own frontmatter
 * reader and writer (src/pipeline/frontmatter-text.ts), so a file saved in the editor is
 * formatted exactly as the brief command formats it, and a change to one role is a one-line diff.
 *
 * Decap CMS hands a custom format the entry's data with the body under `body`. Two things need
 * care to keep a save's diff to the lines that changed:
 * - Key order. Decap keeps an entry's data in Immutable maps, which forget key order past eight
 *   keys, so the order the file had is recorded under a private key when it is read and used
 *   again when it is written. Keys the file did not have (a field an editor filled in) take their
 *   place in the schema's order.
 * - Emptied optional fields. A form box that was cleared sends "" where the file had no key; a
 *   key that is optional without a default in the schema is left out again when it is empty.
 */
import { parseMarkdown, stringifyMarkdown } from '../pipeline/frontmatter-text.ts';
import type { JsonSchema } from './fields.ts';

/** Where the file's key order travels through the editor. Never written to a file. */
export const KEY_ORDER = '__keyOrder';

type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Empty as a form leaves it: no text, an empty list, or an object with nothing in it. */
function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isObject(v)) return Object.values(v).every(isEmpty);
  return false;
}

/**
 * `keys` in the order they should be written: first those of `preferred` (the file's own order),
 * then the rest in the schema's order, then any the schema does not know.
 */
function orderedKeys(keys: string[], preferred: string[], schemaOrder: string[]): string[] {
  const present = new Set(keys);
  const out = preferred.filter((k) => present.has(k));
  for (const k of schemaOrder) if (present.has(k) && !out.includes(k)) {
    // Insert after the nearest earlier schema key already placed, so a new field lands beside its neighbours.
    const before = schemaOrder.slice(0, schemaOrder.indexOf(k)).reverse().find((b) => out.includes(b));
    out.splice(before === undefined ? 0 : out.indexOf(before) + 1, 0, k);
  }
  for (const k of keys) if (!out.includes(k)) out.push(k);
  return out;
}

/** A value rewritten for the file: keys ordered, emptied optional keys dropped, at every depth. */
function tidy(value: unknown, schema: JsonSchema | undefined, preferred: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => tidy(v, schema?.items));
  if (!isObject(value)) return value;
  const props = schema?.properties ?? {};
  const required = new Set(schema?.required ?? []);
  const out: Data = {};
  for (const key of orderedKeys(Object.keys(value), preferred, Object.keys(props))) {
    const v = value[key];
    const prop = props[key];
    // Optional without a default: the file never had to carry it, so an empty form box removes it.
    if (prop && !required.has(key) && prop.default === undefined && isEmpty(v)) continue;
    if (v === undefined) continue;
    out[key] = tidy(v, prop);
  }
  return out;
}

/** A Decap CMS file format for a collection whose frontmatter follows `schema`. */
export function markdownFormat(schema: JsonSchema) {
  return {
    fromFile(content: string): Data {
      const { data, body } = parseMarkdown(content);
      return { ...data, body, [KEY_ORDER]: Object.keys(data) };
    },
    toFile(entry: Data, sortedKeys: string[] = []): string {
      const { body, [KEY_ORDER]: order, ...data } = entry;
      const fileOrder = Array.isArray(order) ? order.map(String) : [];
      // A new entry has no file order: the form's order (the schema's) is used.
      const preferred = fileOrder.length > 0 ? fileOrder : sortedKeys.filter((k) => k !== 'body');
      return stringifyMarkdown(tidy(data, schema, preferred) as Data, typeof body === 'string' ? body : '');
    },
  };
}
