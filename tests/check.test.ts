/**
 * `npm run check`: content mistakes an editor can make, each reported with the file, the field
 * and a message that says what to do; a clean folder passes; and the site build itself refuses a
 * file with schema errors, naming the file and the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBrief } from '../src/pipeline/brief.ts';
import { parseMarkdown, stringifyMarkdown } from '../src/pipeline/frontmatter.ts';
import { checkContent, formatReport, type Problem } from '../src/check/index.ts';
import { buildSite, projectRoot } from './helpers/site.ts';

let dir: string;
let good: string;
let slug: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  const corpus = join(projectRoot, 'seeds');
  for (const f of readdirSync(corpus).sort().slice(1, 4)) cpSync(join(corpus, f), join(seeds, f));
  good = join(dir, 'good');
  runBrief({ inDir: seeds, outDir: good });
  slug = readdirSync(join(good, 'briefings'))[0].slice(0, -3);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the generated content folder with some files replaced or added. */
function variant(name: string, files: Record<string, string>): string {
  const root = join(dir, name, 'content');
  cpSync(good, root, { recursive: true });
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(root, rel), text);
  return root;
}

const briefingText = () => readFileSync(join(good, 'briefings', `${slug}.md`), 'utf8');

/** The generated briefing with its fields changed; `raw` values are written into the YAML as they are. */
function editedBriefing(change: (data: Record<string, unknown>) => void, raw: Record<string, string> = {}, body?: string): string {
  const file = parseMarkdown(briefingText());
  change(file.data);
  for (const key of Object.keys(raw)) file.data[key] = `@@${key}@@`;
  let text = stringifyMarkdown(file.data, body ?? file.body);
  for (const [key, value] of Object.entries(raw)) text = text.replace(`"@@${key}@@"`, value).replace(`@@${key}@@`, value);
  return text;
}
const errorsOf = (problems: Problem[], file: string) => problems.filter((p) => p.file.endsWith(file) && p.severity === 'error');

describe('npm run check', () => {
  it('passes the content the brief command wrote', () => {
    const report = checkContent(good);
    expect(report.files).toBeGreaterThan(3);
    expect(report.problems).toEqual([]);
  });

  it('names the file, field and line of schema errors, in words an editor can act on', () => {
    const root = variant('schema', { [`briefings/${slug}.md`]: editedBriefing((d) => (d.date = '14 October'), { title: '2024-01-01' }) });
    const problems = errorsOf(checkContent(root).problems, `briefings/${slug}.md`);
    const title = problems.find((p) => p.field === 'title');
    expect(title?.message).toMatch(/must be text, but is a date \(2024-01-01\): put it in quotes/);
    expect(title?.line).toBe(2);
    expect(problems.find((p) => p.field === 'date')?.message).toMatch(/YYYY-MM-DD/);
  });

  it('reports a missing field, a wrong type in a profile and an unknown glossary kind', () => {
    const profile = readdirSync(join(good, 'figures'))[0];
    const root = variant('types', {
      [`briefings/${slug}.md`]: editedBriefing((d) => delete d.title),
      [`figures/${profile}`]: '---\nname: Someone\ndraft: maybe\n---\n',
      'glossary/zz-term.md': '---\nterm: Zed\ndefinition: A letter.\nkind: letter\n---\n',
    });
    const { problems } = checkContent(root);
    expect(errorsOf(problems, `briefings/${slug}.md`)).toContainEqual(expect.objectContaining({ field: 'title', message: 'is missing' }));
    expect(errorsOf(problems, `figures/${profile}`)[0]).toMatchObject({ field: 'draft', line: 3 });
    expect(errorsOf(problems, `figures/${profile}`)[0].message).toMatch(/true or false/);
    expect(errorsOf(problems, 'glossary/zz-term.md')[0].message).toMatch(/must be one of: organisation, office/);
  });

  it('reports people and terms that have no profile or entry, and duplicate slugs', () => {
    const text = briefingText();
    const root = variant('links', { [`briefings/${slug}-copy.md`]: text });
    const figure = readdirSync(join(root, 'figures')).find((f) => text.includes(`id: ${f.slice(0, -3)}\n`));
    const term = readdirSync(join(root, 'glossary')).find((f) => text.includes(`id: ${f.slice(0, -3)}\n`));
    expect(figure, 'the briefing names a person').toBeDefined();
    rmSync(join(root, 'figures', figure!));
    if (term) rmSync(join(root, 'glossary', term));
    const { problems } = checkContent(root);
    const mine = errorsOf(problems, `briefings/${slug}.md`);
    expect(mine.find((p) => p.field?.startsWith('figures'))?.message).toContain(`create content/figures/${figure}`);
    if (term) expect(mine.find((p) => p.field?.startsWith('glossary'))?.message).toContain(`create content/glossary/${term}`);
    expect(mine.find((p) => p.field === 'slug')?.message).toMatch(/is also the slug of .*-copy\.md/);
    expect(problems.find((p) => p.file.endsWith('-copy.md') && p.severity === 'warning')?.message).toMatch(/published at/);
  });

  it('warns about a profile that no briefing names, and only about that one', () => {
    const root = variant('orphan', { 'figures/nobody-here.md': '---\nname: Nobody Here\naliases: []\nrole: ""\ndraft: true\n---\n' });
    const warnings = checkContent(root).problems.filter((p) => p.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: expect.stringMatching(/figures\/nobody-here\.md$/) });
    expect(warnings[0]!.message).toMatch(/no briefing names this person/);
  });

  it('warns when two glossary entries claim the same form, unless both match case and the case differs', () => {
    const root = variant('forms', {
      'glossary/xq.md': '---\nterm: XQ\ndefinition: The Xanadu Quorum.\ncaseSensitive: true\n---\n',
      'glossary/xq-body.md': '---\nterm: Xanadu Quorum body\ndefinition: A body of the Xanadu Quorum.\naliases:\n  - XQ\n---\n',
      'glossary/alpha.md': '---\nterm: Alpha\ndefinition: The first.\ncaseSensitive: true\naliases:\n  - AB\n---\n',
      'glossary/beta.md': '---\nterm: Beta\ndefinition: The second.\ncaseSensitive: true\naliases:\n  - Ab\n---\n',
    });
    const warnings = checkContent(root).problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((w) => w.file.replace(/.*glossary\//, '')).sort()).toEqual(['xq-body.md', 'xq.md']);
    expect(warnings.find((w) => w.file.endsWith('xq-body.md'))!.message).toMatch(/"XQ" is also a form of .*glossary\/xq\.md/);
  });

  it('reports broken YAML with its line, a missing frontmatter block, bad names and stray files', () => {
    const root = variant('files', {
      [`briefings/${slug}.md`]: editedBriefing(() => {}, { summary: '"an unclosed quote' }),
      'glossary/No Frontmatter.md': 'Just text.\n',
      'glossary/old.mdx': '---\nterm: X\ndefinition: Y\n---\n',
      'briefings/.tmp-123-x.md': 'half',
    });
    symlinkSync('/etc/hostname', join(root, 'glossary', 'linked.md'));
    const { problems } = checkContent(root);
    expect(errorsOf(problems, 'glossary/linked.md')[0].message).toMatch(/symbolic link/);
    const yaml = errorsOf(problems, `briefings/${slug}.md`)[0];
    expect(yaml.message).toMatch(/not valid YAML/);
    expect(yaml.line).toBeGreaterThan(2);
    const named = errorsOf(problems, 'glossary/No Frontmatter.md').map((p) => p.message);
    expect(named.some((m) => /lowercase letters, digits and hyphens \(e\.g\. "no-frontmatter\.md"\)/.test(m))).toBe(true);
    expect(named.some((m) => /has no frontmatter/.test(m))).toBe(true);
    expect(problems.find((p) => p.file.endsWith('old.mdx'))?.message).toMatch(/MDX can run code/);
    expect(problems.find((p) => p.file.endsWith('.tmp-123-x.md'))?.severity).toBe('warning');
  });

  it('flags HTML that could run and script links in a body, but not the same text escaped', () => {
    const body = [
      'A paragraph with <script>alert(1)</script> inside.',
      '<div onclick="alert(1)">block</div>',
      'A [link](javascript:alert(1)) and an ![image](JAVASCRIPT:alert(1)).',
      'Escaped: \\<script> and a [good link](https://example.org/a) and <b>bold</b>.',
    ].join('\n\n');
    const root = variant('body', { [`briefings/${slug}.md`]: editedBriefing((d) => ((d.keyPointParagraphs as number[])[0] = 9), {}, body) });
    const problems = checkContent(root).problems.filter((p) => p.file.endsWith(`${slug}.md`));
    const errors = problems.filter((p) => p.severity === 'error').map((p) => p.message);
    // one finding per tag: <script> and </script> on one line, the <div> on another
    expect(new Set(problems.filter((p) => /could run code/.test(p.message)).map((p) => p.line)).size).toBe(2);
    expect(errors.filter((m) => /only http\(s\), mailto and site links/.test(m))).toHaveLength(2);
    const raw = problems.filter((p) => p.severity === 'warning' && /raw HTML/.test(p.message)).map((p) => p.message);
    expect(raw).toEqual([expect.stringMatching(/raw HTML \(<b>\)/), expect.stringMatching(/raw HTML \(<\/b>\)/)]);
    // the new body has 3 paragraphs (the <div> block is not one): a key point pointing further is reported
    expect(problems.find((p) => p.field === 'keyPointParagraphs › #1')?.message).toBe('points to paragraph 9, but the text has 3 paragraphs');
    expect(problems.every((p) => p.line! > 5)).toBe(true);
  });

  it('runs from the command line in seconds, prints file-by-file, and exits 1 on errors', () => {
    const root = variant('cli', { [`briefings/${slug}.md`]: editedBriefing((d) => delete d.title) });
    const started = Date.now();
    const out = spawnSync(process.execPath, [join(projectRoot, 'scripts/check.ts'), '--content', root], { cwd: projectRoot, encoding: 'utf8' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(out.status).toBe(1);
    expect(out.stdout).toContain(`content/briefings/${slug}.md\n  error   title: is missing`);
    expect(out.stdout).toMatch(/check: \d+ files, 1 error, 0 warnings/);
    const clean = spawnSync(process.execPath, [join(projectRoot, 'scripts/check.ts'), '--content', good], { cwd: projectRoot, encoding: 'utf8' });
    expect(clean.status, clean.stdout).toBe(0);
    expect(formatReport(checkContent(good))).toMatch(/0 errors, 0 warnings$/);
  });

  it('the site build fails on a schema error, naming the file and the field', () => {
    const root = variant('build', { [`briefings/${slug}.md`]: editedBriefing((d) => (d.title = ['not', 'text'])) });
    let output = '';
    try {
      buildSite(root, join(dir, 'build', 'dist'));
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      output = `${err.stdout ?? ''}\n${err.stderr ?? ''}`;
    }
    expect(output).toMatch(/InvalidContentEntryDataError|does not match collection schema/);
    expect(output).toContain(`briefings/${slug}.md`);
    expect(output).toMatch(/\btitle\b/);
  }, 120_000);
});
