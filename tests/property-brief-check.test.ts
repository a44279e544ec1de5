/**
 * Property-based tests (fast-check): random and adversarial Markdown, YAML and bytes go through
 * the real brief command and the real content check. Whatever the input: nothing crashes, no run
 * stalls past a bound, every file brief writes parses and fits its schema, passes the check, and
 * its body holds no live markup (no HTML, no link or image the check refuses).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBrief } from '../src/pipeline/brief.ts';
import { parseMarkdown } from '../src/pipeline/frontmatter.ts';
import { checkContent } from '../src/check/index.ts';
import { checkBody } from '../src/check/body-safety.ts';
import { briefingSchema } from '../src/schema/briefing.ts';
import { figureProfileSchema } from '../src/schema/figure.ts';
import { glossaryEntrySchema } from '../src/schema/glossary.ts';

let scratch: string;
let run = 0;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'property-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Pieces of Markdown that have broken parsers, renderers or this project before. */
const fragment = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '![x](../content/briefings/chart-data?.png)',
    '![x](./chart.svg)',
    '![x](//evil.example/p.png)',
    '[x](//evil.example)',
    '{/* mdx */}',
    '{alert(1)}',
    'import x from "y"',
    '```js\nalert(1)\n```',
    '---',
    '| a | b |\n|---|---|\n| <b>c</b> | d |',
    '&#0;&#x1;&lt;script&gt;',
    '\\u0001',
    '\u0001\u001b[31m\u0085\u2028',
    '> > > quoted',
    '- - - item',
    '1. 2. 3. item',
    'Mr. Smith said: "We will." ',
    '**bold** _it_ ~~gone~~',
    '[a]: https://example.org',
    '[a]',
    '\u202eevil\u202c',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  // Nesting around the bound: just under, at and over it.
  fc.oneof(fc.integer({ min: 95, max: 110 }), fc.integer({ min: 111, max: 12_000 })).map((d) => `${'>'.repeat(d)} deep`),
  fc.integer({ min: 95, max: 110 }).map((d) => `${'- '.repeat(d)}deep`),
  fc.integer({ min: 1, max: 400 }).map((n) => '*a'.repeat(n)),
);
const markdownBody = fc.array(fragment, { minLength: 1, maxLength: 12 }).map((parts) => `The council met on Monday, said Mayor Ann Lee.\n\n${parts.join('\n\n')}\n`);

/** YAML values that are not plain text: types, tags, anchors, escapes, keys that reach prototypes. */
const yamlValue = fc.oneof(
  fc.string({ maxLength: 30 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('2024-02-30', '2024-01-01', 'yes', '~', '[a, b]', '{a: 1}', '!!js/function "x"', '&a x', '*a', '"\\u0000\\u001b"', "'it''s'", '|\n  block', '0x1F', '.nan'),
);
const frontmatter = fc
  .record({
    title: yamlValue,
    author: fc.option(yamlValue, { nil: undefined }),
    license: fc.option(yamlValue, { nil: undefined }),
    source: fc.option(yamlValue, { nil: undefined }),
    url: fc.option(fc.constantFrom('"https://example.org/a"', '"javascript:alert(1)"', '"//evil.example"', '"https://e.org/\\u0001"'), { nil: undefined }),
    date: fc.option(yamlValue, { nil: undefined }),
    extra: fc.option(fc.constantFrom('__proto__: {polluted: 1}', 'constructor: x'), { nil: undefined }),
  })
  .map((f) =>
    [
      '---',
      `title: ${f.title}`,
      ...(['author', 'license', 'source', 'url', 'date'] as const).flatMap((k) => (f[k] === undefined ? [] : [`${k}: ${f[k]}`])),
      ...(f.extra ? [f.extra] : []),
      '---',
    ].join('\n'),
  );

const sourceFile = fc.oneof(
  fc.tuple(frontmatter, markdownBody).map(([fm, body]) => ({ ext: 'md', data: Buffer.from(`${fm}\n\n${body}`) })),
  markdownBody.map((body) => ({ ext: 'txt', data: Buffer.from(`A title line\n\n${body}`) })),
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({ ext: 'txt', data: Buffer.from(bytes) })),
  fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xff, 0xfe, 0, 0]), fc.uint8Array({ maxLength: 500 })).map(([bom, bytes]) => ({
    ext: 'md',
    data: Buffer.from([...bom, ...bytes]),
  })),
);

/** Every visible file brief wrote parses and fits its schema; briefing bodies hold no live markup. */
function assertWhole(content: string): void {
  const schemas = { briefings: briefingSchema, figures: figureProfileSchema, glossary: glossaryEntrySchema } as const;
  for (const [folder, schema] of Object.entries(schemas)) {
    let names: string[] = [];
    try {
      names = readdirSync(join(content, folder));
    } catch {
      continue;
    }
    for (const name of names) {
      expect(name.startsWith('.tmp-'), `temporary file left: ${name}`).toBe(false);
      const file = parseMarkdown(readFileSync(join(content, folder, name), 'utf8'));
      expect(schema.safeParse(file.data).success, `${folder}/${name}`).toBe(true);
      if (folder !== 'briefings') continue;
      const body = checkBody(file.body, { file: join(content, folder, name), contentDir: content });
      expect(body.findings, `${folder}/${name}`).toEqual([]);
    }
  }
}

describe('brief and check on random input (property-based)', () => {
  it('brief-property: any batch of sources briefs without crashing, within a time bound, into files that parse, pass the check and hold no live markup', () => {
    fc.assert(
      fc.property(fc.array(sourceFile, { minLength: 1, maxLength: 4 }), (sources) => {
        const dir = join(scratch, `brief-${++run}`);
        const seeds = join(dir, 'seeds');
        const content = join(dir, 'content');
        mkdirSync(seeds, { recursive: true });
        sources.forEach((s, i) => writeFileSync(join(seeds, `s${i}.${s.ext}`), s.data));
        const started = performance.now();
        const report = runBrief({ inDir: seeds, outDir: content, starterGlossary: false });
        expect(performance.now() - started).toBeLessThan(10_000);
        expect(report.outcomes).toHaveLength(sources.length);
        for (const o of report.outcomes) if (o.status === 'skipped') expect(o.reason).not.toMatch(/could not be briefed|stack/);
        assertWhole(content);
        const errors = checkContent(content).problems.filter((p) => p.severity === 'error');
        expect(errors).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 40 },
    );
  });

  it('check-property: any content file (random bytes, YAML, Markdown) is checked without crashing and within a time bound', () => {
    const contentFile = fc.oneof(
      fc.tuple(frontmatter, markdownBody).map(([fm, body]) => Buffer.from(`${fm}\n\n${body}`)),
      fc.tuple(markdownBody, fc.constantFrom('briefings', 'x')).map(([body]) => Buffer.from(`---\ntitle: T\nslug: t\nsource:\n  file: a.txt\n---\n\n${body}`)),
      fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b)),
      fc.string({ unit: 'binary', maxLength: 3000 }).map((s) => Buffer.from(`---\n${s}`)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('briefings', 'figures', 'glossary'), contentFile), { minLength: 1, maxLength: 6 }), (files) => {
        const content = join(scratch, `check-${++run}`, 'content');
        for (const d of ['briefings', 'figures', 'glossary']) mkdirSync(join(content, d), { recursive: true });
        files.forEach(([folder, data], i) => writeFileSync(join(content, folder, `f${i}.md`), data));
        const started = performance.now();
        const report = checkContent(content);
        expect(performance.now() - started).toBeLessThan(5_000);
        expect(report.files).toBe(files.length);
        rmSync(join(content, '..'), { recursive: true, force: true });
      }),
      { numRuns: 100 },
    );
  });
});
