/**
 * The editing interface's form fields, derived from the zod schemas (src/schema/), so a field
 * added to a schema appears in the editor without being described a second time.
 *
 * The walk goes over the schema's JSON Schema (zod's `z.toJSONSchema`), which spells out what a
 * form needs in a plain shape: types, required keys, defaults, enums, patterns, and the
 * `description` and `readOnly` metadata the schemas carry. Each JSON Schema node becomes one Decap
 * CMS field (https://decapcms.org/docs/widgets/). A type with no widget here throws, naming the
 * field, so a new kind of field cannot slip into the schema without a way to edit it.
 */
import { z } from 'zod';
import { READONLY_WIDGET } from './readonly.ts';

export { READONLY_WIDGET };

/** A JSON Schema node as zod writes it (the subset the walk reads). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  default?: unknown;
  description?: string;
  title?: string;
  readOnly?: boolean;
  pattern?: string;
  format?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maxLength?: number;
  anyOf?: JsonSchema[];
}

/** A Decap CMS field (only the options this project sets). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: string[];
  value_type?: 'int' | 'float';
  min?: number;
  step?: number;
  fields?: CmsField[];
  field?: CmsField;
  label_singular?: string;
  summary?: string;
  collapsed?: boolean;
  minimize_collapsed?: boolean;
}


/**
 * Fields whose values run to sentences get a text area rather than a one-line box. This is a
 * matter of form layout, not of the data, so it is kept here rather than in the schemas.
 */
const LONG_TEXT = new Set(['summary', 'keyPoints', 'quotes', 'definition']);

/** Words shown in capitals in labels. */
const ACRONYMS = new Set(['id', 'url']);

/** Plain-language messages for the patterns the schemas use; others are shown as they are. */
const PATTERN_MESSAGES: Record<string, string> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'Lowercase letters and digits, words joined by hyphens (e.g. "sergey-lavrov")',
  '^\\d{4}-\\d{2}-\\d{2}$': 'A date written YYYY-MM-DD, e.g. 2021-10-14',
};

/** The form label for a key: `keyPointParagraphs` → "Key point paragraphs", `url` → "URL". */
export function labelFor(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/\s+/)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w.toLowerCase()));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One item's name in a list: "Figures" → "Figure", "Aliases" → "Alias", "Entries" → "Entry". */
function singular(label: string): string {
  if (/ies$/.test(label)) return label.slice(0, -3) + 'y';
  if (/ases$/.test(label)) return label.slice(0, -2);
  return /[^s]s$/.test(label) ? label.slice(0, -1) : label;
}

/** The first of these keys an object has names its items in a collapsed list. */
const SUMMARY_KEYS = ['name', 'term', 'title', 'place', 'file'];

/** The JSON Schema of a zod schema, as the form reads it: what the editor types in (input). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

function typeOf(node: JsonSchema, path: string): string {
  if (Array.isArray(node.type)) {
    const types = node.type.filter((t) => t !== 'null');
    if (types.length === 1) return types[0]!;
  } else if (node.type) return node.type;
  if (node.enum) return 'enum';
  throw new Error(`${path}: the editor has no widget for this field (JSON Schema ${JSON.stringify(node)}); add one in src/cms/fields.ts`);
}

/**
 * The CMS field for one schema node. `key` is its name in the parent object, `required` whether
 * the parent requires it, `path` a dotted path used in error messages.
 */
export function fieldFor(key: string, node: JsonSchema, required: boolean, path = key): CmsField {
  const label = node.title ?? labelFor(key);
  const base: CmsField = { name: key, label, widget: '', required };
  if (node.description) base.hint = node.description;
  if (node.default !== undefined && !(Array.isArray(node.default) && node.default.length === 0)) base.default = node.default;
  // A value the pipeline owns is shown but never edited: the read-only widget keeps it as loaded.
  if (node.readOnly) return { ...base, widget: READONLY_WIDGET, required: false };

  const type = node.enum ? 'enum' : typeOf(node, path);
  switch (type) {
    case 'enum':
      return { ...base, widget: 'select', options: (node.enum ?? []).map(String) };
    case 'string': {
      const field: CmsField = { ...base, widget: LONG_TEXT.has(key) ? 'text' : 'string' };
      if (node.pattern) field.pattern = [node.pattern, PATTERN_MESSAGES[node.pattern] ?? `Must match ${node.pattern}`];
      else if (node.format === 'uri') field.pattern = ['^https?://', 'A web address starting with http:// or https://'];
      return field;
    }
    case 'integer':
    case 'number': {
      const field: CmsField = { ...base, widget: 'number', value_type: type === 'integer' ? 'int' : 'float' };
      if (type === 'integer') field.step = 1;
      if (node.minimum !== undefined) field.min = node.minimum;
      else if (node.exclusiveMinimum !== undefined) field.min = node.exclusiveMinimum + (type === 'integer' ? 1 : 0);
      return field;
    }
    case 'boolean':
      return { ...base, widget: 'boolean', default: node.default ?? false };
    case 'object':
      // An optional object (a dateline) may be absent: then its own required fields cannot be,
      // or the form would refuse to save a briefing that has none. The schema check still
      // requires them when the object is there (npm run check).
      return { ...base, widget: 'object', collapsed: false, fields: fieldsOf(node, path).map((f) => (required ? f : { ...f, required: false })) };
    case 'array': {
      if (!node.items) throw new Error(`${path}: a list without an item type has no widget`);
      const itemKey = LONG_TEXT.has(key) ? key : singular(key);
      const item = fieldFor(itemKey, node.items, true, `${path}[]`);
      const list: CmsField = { ...base, widget: 'list', label_singular: singular(label), default: [] };
      if (item.widget === 'object') {
        list.fields = item.fields;
        const summaryKey = SUMMARY_KEYS.find((k) => item.fields?.some((f) => f.name === k));
        if (summaryKey) list.summary = `{{fields.${summaryKey}}}`;
        // Open, so every person's role and quotes are on screen (and found with the browser's search).
        list.collapsed = false;
      } else {
        // A list of plain values: one box per item, so a quote with commas stays one quote.
        list.field = { ...item, label: singular(label) };
      }
      return list;
    }
    default:
      throw new Error(`${path}: the editor has no widget for the JSON Schema type "${type}"; add one in src/cms/fields.ts`);
  }
}

/** The CMS fields of an object schema, in the schema's key order. */
export function fieldsOf(node: JsonSchema, path = ''): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, child]) => fieldFor(key, child, required.has(key), path ? `${path}.${key}` : key));
}
