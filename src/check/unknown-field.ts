/**
 * Unknown fields, named the way an editor can fix them: "`roel` is not a field of a figure; did
 * you mean `role`?". The known fields and the object's name come from the zod schema itself (its
 * strict objects and their `noun` metadata), so the message can never drift from the format.
 */
import { z } from 'zod';

/** The object schema a path leads to inside `schema` (list items by index), if any. */
export function objectAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodObject | undefined {
  let s: z.ZodType | undefined = unwrap(schema);
  for (const step of path) {
    if (s instanceof z.ZodObject && typeof step === 'string') s = s.shape[step] as z.ZodType | undefined;
    else if (s instanceof z.ZodArray && typeof step === 'number') s = s.element as z.ZodType;
    else return undefined;
    s = s && unwrap(s);
  }
  return s instanceof z.ZodObject ? s : undefined;
}

/** The schema under optional, default and preprocess wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.out as z.ZodType;
    else return s;
  }
}

/**
 * The message for an unknown field `key` in the object at `path`: names the object by its schema's
 * `noun` and suggests the nearest known field when one is close enough to be a slip of the keys.
 */
export function unknownFieldMessage(schema: z.ZodType, path: readonly PropertyKey[], key: string): string {
  const object = objectAt(schema, path);
  if (!object) return `\`${key}\` is not a known field`;
  const noun = (object.meta()?.noun as string | undefined) ?? 'this group';
  const known = Object.keys(object.shape);
  const near = nearest(key, known);
  return near
    ? `\`${key}\` is not a field of ${noun}; did you mean \`${near}\`?`
    : `\`${key}\` is not a field of ${noun}; its fields are ${known.map((k) => `\`${k}\``).join(', ')}`;
}

/**
 * The candidate closest to `word` when it is within two edits (or the word is a prefix of it, as
 * `keyPoint` of `keyPoints`), ignoring case; undefined when none is that close.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return undefined;
  const limit = Math.min(2, Math.max(1, Math.floor(word.length / 3)));
  return best.distance <= limit || best.name.toLowerCase().startsWith(word.toLowerCase()) ? best.name : undefined;
}

/**
 * Edits (insert, delete, replace, or swap two neighbouring letters) that turn `a` into `b`: the
 * optimal-string-alignment distance. Swaps count once because `roel` for `role` is the commonest
 * slip of a typist.
 */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
