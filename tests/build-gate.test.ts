/**
 * The site build refuses what `npm run check` refuses, on its own (no check step before it), so
 * neither `astro build` nor `astro dev` can be made to run a pull request's code or publish a
 * script. Each case is a real build of a small content folder; a payload that would prove it
 * ran by writing a marker file is planted where the build would evaluate it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSite, projectRoot } from './helpers/site.ts';
import { checkContent } from '../src/check/index.ts';

let scratch: string;
let marker: string;

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'build-gate-'));
  marker = join(scratch, 'MARKER-evaluated');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A content folder with one briefing whose body is `body`; `extra` files are written as given. */
function contentWith(name: string, body: string, extra: Record<string, string | Buffer> = {}): string {
  const content = join(scratch, name, 'content');
  for (const d of ['briefings', 'figures', 'glossary']) mkdirSync(join(content, d), { recursive: true });
  writeFileSync(join(content, 'briefings', 'chart-story.md'), `---\ntitle: Chart story\nslug: chart-story\nsource:\n  file: chart.txt\n---\n\nThe council published its budget.\n\n${body}\n`);
  for (const [rel, data] of Object.entries(extra)) {
    mkdirSync(join(content, rel, '..'), { recursive: true });
    writeFileSync(join(content, rel), data);
  }
  return content;
}

/** Build, returning the exit and all output (the build's errors go to stdout and stderr). */
function tryBuild(content: string): { ok: boolean; output: string; dist: string } {
  const dist = join(content, '..', 'dist');
  try {
    return { ok: true, output: buildSite(content, dist), dist };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}\n${err.stderr ?? ''}`, dist };
  }
}

/** JavaScript that writes the marker file when evaluated as a module. */
const payload = () => `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'evaluated');\nexport default {};\n`;

/** 1-based line of the first line of a file that starts with `start`. */
const lineOf = (file: string, start: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith(start)) + 1;

/** Every file under a folder. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

describe('critical: a body image cannot make the build evaluate a file as code', () => {
  it('code-execution-via-image-query: an extension-less JS file named as "chart-data?.png" is never evaluated, and both check and build fail naming file and line', () => {
    // Astro resolves such a path from its generated .astro/ folder, where the attack put it.
    const content = contentWith('query-image', '');
    const payloadFile = join(scratch, 'query-image', 'chart-data');
    writeFileSync(payloadFile, payload());
    const fromAstroDir = relative(join(projectRoot, '.astro'), payloadFile);
    const file = join(content, 'briefings', 'chart-story.md');
    writeFileSync(file, readFileSync(file, 'utf8') + `\n![x](${fromAstroDir}?.png)\n`);
    const line = lineOf(file, '![x]');

    const report = checkContent(content);
    const problem = report.problems.find((p) => /the image/.test(p.message));
    expect(problem, JSON.stringify(report.problems)).toMatchObject({ severity: 'error', file: expect.stringContaining('chart-story.md'), line });
    expect(problem!.message).toMatch(/no "\?"/);

    const build = tryBuild(content);
    expect(existsSync(marker), 'the payload ran').toBe(false);
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(new RegExp(`chart-story\\.md, line ${line}: the image ".*chart-data\\?\\.png" is refused`));
  });

  it('code-execution-via-stray-file: the payload beside the briefing, named from the body, fails the build before anything loads', () => {
    const content = contentWith('beside', '![x](./chart-data?.png)', { 'briefings/chart-data': payload() });
    const build = tryBuild(content);
    expect(existsSync(marker)).toBe(false);
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/briefings\/chart-data: is not a \.md file/);
    expect(checkContent(content).problems).toContainEqual(expect.objectContaining({ severity: 'error', file: expect.stringContaining('briefings/chart-data') }));
  });

  it('code-execution-via-image-extension: a JavaScript file saved as images/chart.png is refused by its first bytes', () => {
    const content = contentWith('fake-png', '![chart](../images/chart.png)', { 'images/chart.png': payload() });
    const report = checkContent(content);
    expect(report.problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/is not a PNG image/) }));
    const build = tryBuild(content);
    expect(existsSync(marker)).toBe(false);
    expect(build.ok).toBe(false);
  });
});

describe('image variants', () => {
  it('image-variants: reference-style, percent-encoded, fragment, query, upper-case, double-extension and scheme variants are all refused by check', () => {
    const variants = [
      '![x][c]\n\n[c]: ./chart-data?.png',
      '![x](chart-data%3F.png)',
      '![x](../images/chart.png?raw)',
      '![x](../images/chart.png#x)',
      '![x](<../images/chart one.png>)',
      '![x](../images/CHART.PNG)',
      '![x](../images/chart.png.js)',
      '![x](../images/../briefings/chart-story.md)',
      '![x](../images/sub/chart.png)',
      '![x](file:///etc/passwd)',
      '![x](data:image/png;base64,iVBORw0KGgo=)',
      '![x](\\\\server\\share\\a.png)',
    ];
    const content = contentWith('variants', variants.join('\n\n'), { 'images/chart.png': PNG, 'images/CHART.PNG': PNG, 'images/chart.png.js': payload() });
    const problems = checkContent(content).problems.filter((p) => p.severity === 'error' && p.file.endsWith('chart-story.md'));
    expect(problems.length, JSON.stringify(problems, null, 1)).toBe(variants.length);
    // The images folder's own stray files are errors too.
    const stray = checkContent(content).problems.filter((p) => p.severity === 'error' && p.file.includes('images/'));
    expect(stray.map((p) => p.file).sort()).toEqual(['content/images/CHART.PNG', 'content/images/chart.png.js']);
  });

  it('reference-image-build: a reference-style image pointing at a payload is refused by the build too, and the payload does not run', () => {
    const content = contentWith('ref-image', '');
    const payloadFile = join(scratch, 'ref-image', 'chart-data');
    writeFileSync(payloadFile, payload());
    const file = join(content, 'briefings', 'chart-story.md');
    writeFileSync(file, readFileSync(file, 'utf8') + `\n![x][c]\n\n[c]: ${relative(join(projectRoot, '.astro'), payloadFile)}?.png\n`);
    const build = tryBuild(content);
    expect(existsSync(marker)).toBe(false);
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/is refused/);
  });
});

describe('the dev server', () => {
  it('code-execution-in-dev: astro dev refuses the same payload at content sync, and it never runs', async () => {
    const content = contentWith('dev', '');
    const payloadFile = join(scratch, 'dev', 'chart-data');
    writeFileSync(payloadFile, payload());
    const file = join(content, 'briefings', 'chart-story.md');
    writeFileSync(file, readFileSync(file, 'utf8') + `\n![x](${relative(join(projectRoot, '.astro'), payloadFile)}?.png)\n`);
    const dev = spawn(join(projectRoot, 'node_modules/.bin/astro'), ['dev', '--port', '0', '--host', '127.0.0.1'], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(content, '..', '.astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });
    let out = '';
    dev.stdout.on('data', (d) => (out += d));
    dev.stderr.on('data', (d) => (out += d));
    try {
      for (let i = 0; i < 600 && !/could not be rendered/.test(out); i++) await new Promise((r) => setTimeout(r, 100));
    } finally {
      dev.kill('SIGTERM');
    }
    expect(out).toMatch(/chart-story\.md, line \d+: the image ".*chart-data\?\.png" is refused/);
    expect(out).toMatch(/1 entry could not be rendered/);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('images that are published', () => {
  it('svg-script: an SVG with a script is refused by check and build, and no SVG reaches dist/', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>';
    const content = contentWith('svg', '![](../images/chart.svg)', { 'images/chart.svg': svg });
    const report = checkContent(content);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.message).join('\n')).toMatch(/SVG can carry scripts/);
    const build = tryBuild(content);
    expect(build.ok).toBe(false);
    expect(filesUnder(build.dist).filter((f) => f.endsWith('.svg') && readFileSync(f, 'utf8').includes('<script'))).toEqual([]);
    // The same SVG beside the briefing.
    const beside = contentWith('svg-beside', '![](./chart.svg)', { 'briefings/chart.svg': svg });
    expect(tryBuild(beside).ok).toBe(false);
    expect(checkContent(beside).problems.some((p) => p.severity === 'error' && /chart\.svg/.test(p.file))).toBe(true);
  });

  it('image-path-traversal: an image path climbing out of the content folder is refused', () => {
    const outside = join(scratch, 'outside.png');
    writeFileSync(outside, PNG);
    const content = contentWith('traversal', `![](${relative(join(scratch, 'traversal', 'content', 'briefings'), outside)})`);
    expect(checkContent(content).problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/points outside/) }));
    const build = tryBuild(content);
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/is refused/);
  });

  it('remote-image: a remote or protocol-relative image is refused (it would let its server track readers)', () => {
    const content = contentWith('remote', '![](https://tracker.example/pixel.png)\n\n![](//tracker.example/p.png)');
    const errors = checkContent(content).problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(2);
    expect(errors[0].message).toMatch(/not a file of this site/);
    expect(tryBuild(content).ok).toBe(false);
  });

  it('a real PNG in content/images/ is checked clean and published', () => {
    const content = contentWith('good-image', '![A chart](../images/chart.png)', { 'images/chart.png': PNG });
    expect(checkContent(content).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const build = tryBuild(content);
    expect(build.ok, build.output.slice(-2000)).toBe(true);
    const page = readFileSync(join(build.dist, 'briefings', 'chart-story', 'index.html'), 'utf8');
    expect(page).toMatch(/<img[^>]+alt="A chart"/);
  });
});

describe('content folders the build must not read', () => {
  it('symlink-to-device: a link to /dev/zero in a content folder fails check and the build at once', () => {
    const content = contentWith('devzero', '');
    symlinkSync('/dev/zero', join(content, 'briefings', 'zero.md'));
    symlinkSync('/dev/zero', join(content, 'glossary', 'zero'));
    const errors = checkContent(content).problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => e.file).sort()).toEqual(['content/briefings/zero.md', 'content/glossary/zero']);
    const started = performance.now();
    const build = tryBuild(content);
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/zero(\.md)?: is a symbolic link/);
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it('symlinked-content-folder: a collection folder that is a link to a folder outside is refused', () => {
    const content = contentWith('linked-folder', '');
    const elsewhere = join(scratch, 'elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, 'secret.md'), '---\nterm: Secret\ndefinition: from outside the repository\n---\n');
    rmSync(join(content, 'glossary'), { recursive: true });
    symlinkSync(elsewhere, join(content, 'glossary'));
    expect(checkContent(content).problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/symbolic link/) }));
    const build = tryBuild(content);
    expect(build.ok).toBe(false);
    expect(filesUnder(build.dist).some((f) => readFileSync(f).includes('from outside the repository'))).toBe(false);
  });

  it('folder-in-collection: a folder named x.md inside a collection folder is an error, not a crash', () => {
    const content = contentWith('dir-md', '');
    mkdirSync(join(content, 'figures', 'x.md'));
    mkdirSync(join(content, 'glossary', 'sub'));
    const errors = checkContent(content).problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/is a folder/), expect.stringMatching(/is a folder/)]);
    expect(tryBuild(content).ok).toBe(false);
  });

  it('deep-nesting-body: a briefing body nested 5,000 levels deep is an error in check and stops the build (not an empty page)', () => {
    const content = contentWith('deep', `${'>'.repeat(5000)} deep`);
    const report = checkContent(content);
    const line = lineOf(join(content, 'briefings', 'chart-story.md'), '>>>');
    expect(report.problems).toContainEqual(expect.objectContaining({ severity: 'error', line, message: expect.stringMatching(/5000 levels deep/) }));
    const build = tryBuild(content);
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/levels deep/);
  });

  it('slug-field-hijack: a glossary entry with a slug field can neither take another entry\'s page nor break the build', () => {
    const content = contentWith('slug-hijack', '', {
      'glossary/un.md': '---\nterm: UN\ndefinition: The United Nations.\n---\n',
      // A briefing that uses the term, so the term has a page (terms no briefing uses get none).
      'briefings/un-story.md': '---\ntitle: UN story\nslug: un-story\nsource:\n  file: un.txt\nglossary:\n  - id: un\n    term: UN\n    definition: The United Nations.\n---\n\nThe UN met.\n',
      'glossary/evil.md': '---\nterm: Evil\ndefinition: Replaces the UN page.\nslug: un\n---\n',
      'figures/odd.md': '---\nname: Odd Person\nslug: ../..\n---\n',
    });
    const errors = checkContent(content).problems.filter((p) => p.severity === 'error' && p.field === 'slug');
    expect(errors.map((e) => e.file).sort()).toEqual(['content/figures/odd.md', 'content/glossary/evil.md']);
    // Built alone (without check), the build refuses the entries outright, naming them: the
    // schemas admit no field they do not know, so no page is taken over.
    const build = tryBuild(content);
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/(figures → odd|glossary → evil) data does not match collection schema/);
    expect(existsSync(join(build.dist, 'glossary', 'un', 'index.html'))).toBe(false);
    // Without the stray fields, the UN page explains the UN.
    writeFileSync(join(content, 'glossary', 'evil.md'), '---\nterm: Evil\ndefinition: Something else.\n---\n');
    writeFileSync(join(content, 'figures', 'odd.md'), '---\nname: Odd Person\n---\n');
    const fixed = tryBuild(content);
    expect(fixed.ok, fixed.output.slice(-2000)).toBe(true);
    const un = filesUnder(join(fixed.dist, 'glossary')).filter((f) => /\/un\//.test(f) && f.endsWith('index.html'));
    expect(un.length).toBeGreaterThan(0);
    expect(readFileSync(un[0], 'utf8')).toContain('The United Nations.');
  });
});

describe('builds of one checkout', () => {
  it('concurrent-build: a second astro build while one runs stops at once with a clear message; the first completes', async () => {
    const first = contentWith('first-build', '');
    const second = contentWith('second-build', '');
    const lock = join(projectRoot, '.astro', 'build.lock');
    const env = (content: string) => ({ ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(content, '..', '.astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' });
    const astro = join(projectRoot, 'node_modules/.bin/astro');
    const a = spawn(astro, ['build', '--outDir', join(first, '..', 'dist')], { cwd: projectRoot, env: env(first), stdio: 'pipe' });
    let aOut = '';
    a.stdout.on('data', (d) => (aOut += d));
    a.stderr.on('data', (d) => (aOut += d));
    const aDone = new Promise<number | null>((resolve) => a.on('exit', resolve));
    for (let i = 0; i < 400 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 25));
    expect(existsSync(lock), 'the first build took the lock').toBe(true);
    const b = tryBuild(second);
    expect(b.ok).toBe(false);
    expect(b.output).toMatch(/is in use by another "astro build" \(process \d+/);
    expect(await aDone, aOut.slice(-2000)).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });
});
