/**
 * Schema errors in an editor's words. zod says "Invalid input: expected string, received
 * undefined"; an editor needs "is missing", or "must be text, but YAML read it as a date: put it
 * in quotes".
 */
import type { z } from 'zod';

/** A field path as an editor reads it: `figures › #2 › id` (items counted from 1). */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `#${p + 1}` : String(p))).join(' › ');
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (one "- item" per line)',
  object: 'a group of indented "key: value" lines',
  date: 'a date',
};

/** How YAML read a value, with the usual fix when it was meant as text. */
function describeValue(value: unknown): string {
  if (value === null) return 'empty (YAML reads a blank value or "null" as nothing)';
  if (value instanceof Date) return `a date (${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10)}): put it in quotes to keep it as text`;
  if (typeof value === 'boolean') return `${value} (YAML reads true/false as yes-or-no): put it in quotes to keep it as text`;
  if (typeof value === 'number') return `the number ${value}: put it in quotes to keep it as text`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields (a line ending in ":" followed by indented lines)';
  return JSON.stringify(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** One zod issue as a sentence; `data` is the parsed frontmatter the issue's path points into. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  // Messages written in the schemas themselves are already meant for editors.
  const own = !/^Invalid|^Too (small|big)|^Expected|^Unrecognized/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, but is ${describeValue(value)}`;
    case 'too_small':
      if (own) return issue.message;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (own) return issue.message;
      if (issue.origin === 'string') return `is too long (at most ${issue.maximum} characters)`;
      if (issue.origin === 'array') return `has too many items (at most ${issue.maximum})`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => String(v)).join(', ')} (it is ${describeValue(value)})`;
    case 'unrecognized_keys':
      return `has fields the site does not know: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return own ? issue.message : `is not a valid ${issue.format === 'url' ? 'web address (https://…)' : issue.format}`;
    default:
      return issue.message;
  }
}
