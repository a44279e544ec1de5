/**
 * The editing interface's configuration (src/cms/): every field of the zod schemas has a widget,
 * what the pipeline owns is read-only, and the save format writes files exactly as the brief
 * command does (same bytes for an untouched file, one changed line for one changed value).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { cmsConfig, collectionSchemas, collectionSpecs } from '../src/cms/config.ts';
import { fieldFor, READONLY_WIDGET, type CmsField } from '../src/cms/fields.ts';
import { KEY_ORDER, markdownFormat } from '../src/cms/format.ts';
import { parseMarkdown } from '../src/pipeline/frontmatter.ts';
import { projectRoot } from './helpers/site.ts';

/** Every field path of a zod object schema, walked on zod's own definitions (not the JSON Schema the config is made from). */
function zodPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return zodPaths(def.innerType, prefix);
    case 'pipe':
      return zodPaths(def.out, prefix);
    case 'array':
      return zodPaths(def.element, `${prefix}[]`);
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => {
        const path = prefix ? `${prefix}.${k}` : k;
        return [path, ...zodPaths(v, path).filter((p) => p !== path)];
      });
    default:
      return [prefix];
  }
}

/** Every field path of a CMS field list, with its widget. */
function cmsPaths(fields: CmsField[], prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fields) {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    out.set(path, f.widget);
    if (f.widget === READONLY_WIDGET) {
      // A read-only object or list shows all of its contents: its inner fields count as covered.
      continue;
    }
    if (f.fields) for (const [p, w] of cmsPaths(f.fields, f.widget === 'list' ? `${path}[]` : path)) out.set(p, w);
  }
  return out;
}

const config = cmsConfig();
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

describe('CMS configuration generated from the zod schemas', () => {
  it.each(collectionSpecs.map((c) => [c.name, c] as const))('every field of the %s schema has a widget', (name, spec) => {
    const fields = cmsPaths(collection(name).fields);
    const covered = (path: string): boolean => {
      if (fields.get(path)) return true;
      // Inside a read-only object (generator.sourceHash) or a list of plain values (quotes[]).
      const parent = path.replace(/(\.[^.]+|\[\])$/, '');
      return parent !== path && (fields.get(parent) === READONLY_WIDGET || fields.get(parent) === 'list' || covered(parent));
    };
    const missing = zodPaths(spec.schema).filter((p) => !covered(p.replace(/\[\]$/, '')) && !covered(p));
    expect(missing).toEqual([]);
    expect([...fields.values()].every((w) => w.length > 0)).toBe(true);
  });

  it('fails, naming the field, when a schema field has no widget', () => {
    const schema = z.toJSONSchema(z.object({ when: z.bigint() }), { unrepresentable: 'any' }) as never;
    expect(() => fieldFor('when', (schema as { properties: Record<string, never> }).properties.when, true)).toThrow(/when: the editor has no widget/);
  });

  it('shows what the pipeline owns read-only: hashes, mention counts, slug, source file', () => {
    const briefing = collection('briefings').fields;
    const byName = (fs: CmsField[], n: string) => fs.find((f) => f.name === n)!;
    expect(byName(briefing, 'generator').widget).toBe(READONLY_WIDGET);
    expect(byName(briefing, 'slug').widget).toBe(READONLY_WIDGET);
    expect(byName(byName(briefing, 'source').fields!, 'file').widget).toBe(READONLY_WIDGET);
    expect(byName(byName(briefing, 'figures').fields!, 'mentions').widget).toBe(READONLY_WIDGET);
    // …while what an editor fixes stays editable.
    expect(byName(byName(briefing, 'figures').fields!, 'role').widget).toBe('string');
    expect(byName(byName(briefing, 'figures').fields!, 'quotes')).toMatchObject({ widget: 'list', field: { widget: 'text' } });
  });

  it('nests lists and objects with labels and hints', () => {
    const figures = collection('briefings').fields.find((f) => f.name === 'figures')!;
    expect(figures).toMatchObject({ widget: 'list', label: 'Figures', label_singular: 'Figure', summary: '{{fields.name}}' });
    expect(figures.fields!.find((f) => f.name === 'role')!.hint).toMatch(/article states/);
    expect(collection('glossary').fields.find((f) => f.name === 'kind')).toMatchObject({
      widget: 'select',
      options: ['organisation', 'office', 'concept', 'agency', 'place', 'other'],
    });
    expect(collection('briefings').fields.find((f) => f.name === 'keyPointParagraphs')!.field).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(collection('figures').fields.find((f) => f.name === 'aliases')).toMatchObject({ label_singular: 'Alias', field: { name: 'alias', widget: 'string' } });
  });

  it('turns the editorial workflow on, with the GitHub backend', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend.name).toBe('github');
    expect(cmsConfig({ repo: 'newsroom/briefings', localBackendUrl: 'http://localhost:9999/api/v1' })).toMatchObject({
      backend: { repo: 'newsroom/briefings' },
      local_backend: { url: 'http://localhost:9999/api/v1' },
    });
  });
});

describe('the save format writes files as the brief command does', () => {
  const schemas = collectionSchemas();
  const files = collectionSpecs.flatMap((c) =>
    readdirSync(join(projectRoot, 'content', c.name))
      .filter((n) => n.endsWith('.md'))
      .map((n) => [c.name, join(projectRoot, 'content', c.name, n)] as const),
  );

  it('reads and writes back every content file unchanged', () => {
    const changed = files.filter(([name, path]) => {
      const text = readFileSync(path, 'utf8');
      const format = markdownFormat(schemas[name]!);
      return format.toFile(format.fromFile(text)) !== text;
    });
    expect(changed.map(([, p]) => p)).toEqual([]);
  });

  it('changes one line when one role changes, keeping the key order even when the keys arrive shuffled', () => {
    const path = files.find(([name, p]) => name === 'briefings' && /role: \S/.test(readFileSync(p, 'utf8')))![1];
    const text = readFileSync(path, 'utf8');
    const format = markdownFormat(schemas.briefings!);
    const data = format.fromFile(text) as Record<string, any>;
    const shuffled = Object.fromEntries(Object.entries(data).reverse());
    shuffled.figures = data.figures.map((f: Record<string, unknown>, i: number) => (i === 0 ? { ...f, role: 'Chief negotiator' } : f));
    const out = format.toFile(shuffled, ['title']).split('\n');
    const before = text.split('\n');
    expect(out.length).toBe(before.length);
    const diff = out.filter((line, i) => line !== before[i]);
    expect(diff).toEqual(['    role: Chief negotiator']);
    expect(out.join('\n')).not.toContain(KEY_ORDER);
  });

  it('drops an optional field an editor cleared, and writes a new entry in the schema order', () => {
    const format = markdownFormat(schemas.figures!);
    const text = format.toFile({ draft: false, role: 'Mayor of Springfield', name: 'Jane Doe', aliases: [], body: '' }, ['name', 'aliases', 'role', 'draft', 'body']);
    expect(parseMarkdown(text).data).toEqual({ name: 'Jane Doe', aliases: [], role: 'Mayor of Springfield', draft: false });
    expect(text.split('\n').slice(1, 5)).toEqual(['name: Jane Doe', 'aliases: []', 'role: Mayor of Springfield', 'draft: false']);
    const briefing = markdownFormat(schemas.briefings!);
    const saved = briefing.toFile({ title: 'T', slug: 't', source: { file: 'a.txt', url: '', author: '' }, date: '', body: 'Text.' }, []);
    expect(parseMarkdown(saved).data).toEqual({ title: 'T', slug: 't', source: { file: 'a.txt' } });
  });
});
