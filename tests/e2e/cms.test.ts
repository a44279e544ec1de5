/**
 * The editor's desk (/admin/, Decap CMS) in Chromium, against the local backend `npm run edit`
 * starts, on a copy of the content in a temporary git repository: change a person's role in a
 * briefing, add a quote, fix a glossary definition, create a person profile, save each; then the
 * files on disk, their diffs (one line per change), `npm run check`, and a re-brief that keeps the
 * edits. axe-core checks the list, entry and new-entry screens; screenshots of the list, entry and
 * preview go to test-results/screenshots/.
 *
 * The last block reads the built `dist/` (`npm run build` first): the CMS bundle is under
 * /admin/ and no reader page loads it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/site.ts';
import { parseMarkdown } from '../../src/pipeline/frontmatter.ts';

const require = createRequire(import.meta.url);
const shots = join(projectRoot, 'test-results', 'screenshots');
const repo = mkdtempSync(join(tmpdir(), 'briefings-cms-'));
let editor: ChildProcess | undefined;
let browser: Browser;
let page: Page;
let adminUrl = '';

const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, encoding: 'utf8' });
const read = (path: string) => readFileSync(join(repo, path), 'utf8');
/** The lines a file's diff removes and adds, against the commit the test started from. */
function diffLines(path: string): { removed: string[]; added: string[] } {
  const lines = git('diff', '--unified=0', '--', path).split('\n');
  return {
    removed: lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1)),
    added: lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)),
  };
}

/** The environment minus what vitest sets (VITEST, VITEST_*, NODE_ENV=test). */
const withoutTestEnv = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV'));

/** Start `npm run edit` on the temporary repository and wait for the address it prints. */
function startEditor(): Promise<string> {
  return new Promise((resolve, reject) => {
    editor = spawn(process.execPath, ['scripts/edit.ts', '--port', '0', '--proxy-port', '0', '--repo', repo], {
      cwd: projectRoot,
      // Without vitest's own variables: Astro's dev server serves no pages when it thinks it runs inside vitest.
      env: { ...withoutTestEnv(process.env), CONTENT_DIR: join(repo, 'content'), ASTRO_CACHE_DIR: join(repo, '.astro-cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const timer = setTimeout(() => reject(new Error(`npm run edit did not start in 180 s:\n${log}`)), 180_000);
    const onData = (b: Buffer) => {
      log += b.toString();
      const m = /Editor: (http\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    editor.stdout!.on('data', onData);
    editor.stderr!.on('data', onData);
    editor.once('exit', (code) => reject(new Error(`npm run edit exited (${code}):\n${log}`)));
  });
}

/** axe-core's serious and critical violations on the page as it is now (Astro's dev toolbar left out: it is not part of the editor). */
async function seriousViolations(): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
      exclude: [['astro-dev-toolbar']],
    }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Open a screen of the CMS by its route and wait until `ready` (a selector, or a field label) is drawn. */
async function openRoute(route: string, ready: string | RegExp): Promise<void> {
  await page.goto(`${adminUrl}#${route}`);
  const locator = typeof ready === 'string' ? page.locator(ready) : page.locator('label').filter({ hasText: ready });
  await locator.first().waitFor({ timeout: 60_000 });
  // Decap draws lists and previews over a few frames.
  await page.waitForTimeout(800);
}

/** Open an entry the way an editor does, from its collection's list (a form reached by changing the address alone can keep the previous entry's state). */
async function openEntry(collection: string, slug: string, ready: RegExp): Promise<void> {
  await openRoute(`/collections/${collection}`, `a[href$="/collections/${collection}/entries/${slug}"]`);
  await page.locator(`a[href$="/collections/${collection}/entries/${slug}"]`).first().click();
  await page.locator('label').filter({ hasText: ready }).first().waitFor({ timeout: 60_000 });
}

/** The form control labelled `label` (Decap labels each control with `for`); found afresh on each use, as Decap redraws forms. */
const control = (label: RegExp, nth = 0) => page.getByLabel(label).nth(nth);

/** Publish the open entry (the local file-system backend publishes directly) and wait for the file to change. */
async function save(path: string, before: string | undefined): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (existsSync(join(repo, path)) && read(path) !== before) {
      // …and until the editor has finished too (it reloads the entry after saving).
      await page.getByText('Changes saved').first().waitFor({ timeout: 30_000 });
      return;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`${path} was not saved`);
}

/** The briefing and person the test edits: a person with a stated role and at least one quote. */
function pickBriefing() {
  for (const name of readdirSync(join(repo, 'content/briefings')).sort()) {
    const data = parseMarkdown(read(`content/briefings/${name}`)).data as { figures?: { name: string; role: string; quotes: string[] }[] };
    const index = (data.figures ?? []).findIndex((f) => f.role && f.quotes.length > 0 && f.quotes.every((q) => q.length < 60));
    if (index >= 0) return { path: `content/briefings/${name}`, slug: name.slice(0, -3), index, figure: data.figures![index]! };
  }
  throw new Error('no briefing with a person who has a role and a short quote');
}

/**
 * A glossary entry whose definition fits on one line with a few words more; preferably one whose
 * keys are not in the schema's order (kind before aliases), so the save shows the file's own order is kept.
 */
function pickGlossary() {
  const candidates = readdirSync(join(repo, 'content/glossary'))
    .sort()
    .flatMap((name) => {
      const text = read(`content/glossary/${name}`);
      const lines = text.split('\n');
      const line = lines.find((l) => l.startsWith('definition: '));
      if (!line || line.length >= 75 || text.includes('draft: true')) return [];
      const own = lines.indexOf('kind: ' + String(parseMarkdown(text).data.kind)) < lines.indexOf('aliases:');
      return [{ path: `content/glossary/${name}`, id: name.slice(0, -3), definition: line.slice('definition: '.length), own }];
    });
  const pick = candidates.find((c) => c.own) ?? candidates[0];
  if (!pick) throw new Error('no short glossary definition');
  return pick;
}

beforeAll(async () => {
  for (const dir of ['content', 'seeds']) cpSync(join(projectRoot, dir), join(repo, dir), { recursive: true });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'start');
  mkdirSync(shots, { recursive: true });
  adminUrl = await startEditor();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Astro's dev toolbar is not part of the editor: kept out of the screenshots.
  await page.addInitScript(() => addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: 'astro-dev-toolbar{display:none}' }))));
  await page.goto(adminUrl);
  // The local backend needs no account: the login button goes straight in.
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 90_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (editor && editor.exitCode === null) {
    const exited = new Promise((r) => editor!.once('exit', r));
    editor.kill('SIGTERM');
    await exited;
  }
  rmSync(repo, { recursive: true, force: true });
});

describe('editing through /admin/ on the local backend', () => {
  const briefing = { path: '', slug: '', index: 0, figure: { name: '', role: '', quotes: [] as string[] } };
  const term = { path: '', id: '', definition: '' };
  const newRole = 'Chief negotiator for the talks';
  const newQuote = 'We will meet again soon';
  const newDefinition = (d: string) => `${d.replace(/\.$/, '')}, as editors define it.`;

  it('lists the briefings, with no serious accessibility violation', async () => {
    Object.assign(briefing, pickBriefing());
    Object.assign(term, pickGlossary());
    await openRoute('/collections/briefings', `a[href*="/collections/briefings/entries/${briefing.slug}"]`);
    await page.screenshot({ path: join(shots, 'cms-list.png') });
    expect(await seriousViolations()).toEqual([]);
  });

  it('changes a person’s role and adds a quote in a briefing; the preview shows them as the site would', async () => {
    await openEntry('briefings', briefing.slug, /^Figures/);
    const role = control(/^Role/, briefing.index);
    await expect.poll(() => role.inputValue(), { timeout: 30_000 }).toBe(briefing.figure.role);
    expect(await seriousViolations()).toEqual([]);
    await role.fill(newRole);

    // The new quote's box is the one with no text, after this person's quotes.
    const quotes = page.getByLabel(/^Quote$/);
    const before = await quotes.count();
    await page.getByRole('button', { name: 'Add quote' }).nth(briefing.index).click();
    await expect.poll(() => quotes.count()).toBe(before + 1);
    const values = await quotes.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(values.filter((v) => v === '')).toHaveLength(1);
    await quotes.nth(values.indexOf('')).fill(newQuote);

    // The preview: the site's markup and styles, the new role in the people list, terms marked in the text.
    const preview = page.frameLocator('#preview-pane');
    await expect(preview.locator('article.briefing h1').textContent()).resolves.toBeTruthy();
    await preview.locator('ul.people li', { hasText: newRole }).waitFor();
    expect(await preview.locator('.body-text a.annotation').count()).toBeGreaterThan(0);
    expect(await preview.locator('.body-text p#p-1').count()).toBe(1);
    const frame = page.frames().find((f) => f !== page.mainFrame()) as Frame;
    const styled = await frame.evaluate(() => getComputedStyle(document.querySelector('.b-grid')!).display);
    expect(styled).toBe('grid');
    await page.screenshot({ path: join(shots, 'cms-entry.png') });
    await page.locator('#preview-pane').screenshot({ path: join(shots, 'cms-preview.png') });
    // Further down the preview: the people with the new role, the terms, and the marked source text.
    await preview.locator('ul.people').scrollIntoViewIfNeeded();
    await page.locator('#preview-pane').screenshot({ path: join(shots, 'cms-preview-people.png') });

    await save(briefing.path, read(briefing.path));
    const { removed, added: addedLines } = diffLines(briefing.path);
    expect(removed).toEqual([`    role: ${briefing.figure.role}`]);
    expect(addedLines).toEqual([`    role: ${newRole}`, `      - ${newQuote}`]);
  });

  it('fixes a glossary definition', async () => {
    await openEntry('glossary', term.id, /^Definition/);
    const definition = control(/^Definition/);
    // The entry loads after the form is drawn: edit only once the file's text is in the box.
    await expect.poll(() => definition.inputValue(), { timeout: 30_000 }).toBe(term.definition);
    expect(await seriousViolations()).toEqual([]);
    await definition.fill(newDefinition(term.definition));
    await save(term.path, read(term.path));
    expect(diffLines(term.path)).toEqual({ removed: [`definition: ${term.definition}`], added: [`definition: ${newDefinition(term.definition)}`] });
  });

  it('creates a person profile', async () => {
    // As an editor does: the collection's "New Person" button.
    await openRoute('/collections/figures', 'a[href$="/collections/figures/new"]');
    await page.locator('a[href$="/collections/figures/new"]').first().click();
    await page.locator('label').filter({ hasText: /^Name/ }).first().waitFor({ timeout: 60_000 });
    expect(await seriousViolations()).toEqual([]);
    await control(/^Name/).fill('Jane Testperson');
    await control(/^Role/).fill('Mayor of Springfield');
    await save('content/figures/jane-testperson.md', undefined);
    expect(read('content/figures/jane-testperson.md')).toBe('---\nname: Jane Testperson\naliases: []\nrole: Mayor of Springfield\ndraft: true\n---\n');
  });

  it('leaves content that passes npm run check, and a re-brief keeps every edit', async () => {
    const edited = [briefing.path, term.path, 'content/figures/jane-testperson.md'];
    const saved = Object.fromEntries(edited.map((p) => [p, read(p)]));
    const check = execFileSync(process.execPath, ['scripts/check.ts', '--content', join(repo, 'content')], { cwd: projectRoot, encoding: 'utf8' });
    expect(check).toMatch(/0 errors|no errors|^ok/im);
    const brief = spawnSync(process.execPath, ['scripts/brief.ts', '--in', join(repo, 'seeds'), '--out', join(repo, 'content'), '--quiet'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    // The CMS's save changed the file's content hash: the brief command keeps it as an editor's edit.
    expect(brief.stderr).toContain(`kept ${briefing.slug}.md: edited by hand`);
    expect(brief.stdout).toMatch(/[1-9]\d* kept \(edited\)/);
    for (const p of edited) expect(read(p), p).toBe(saved[p]);
  });
});

describe('the CMS bundle is served under /admin/ only (built dist/)', () => {
  const dist = join(projectRoot, 'dist');
  const htmlFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
    });

  it('copies the bundle into dist/admin/cms/ and loads it from the admin page', () => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is not built: run `npm run build` before the browser tests');
    expect(existsSync(join(dist, 'admin/cms/decap-cms.js'))).toBe(true);
    const admin = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    expect(admin).toMatch(/<script src="[^"]*admin\/cms\/decap-cms\.js">/);
    // The desk's own script, bundled apart from the site's build (src/integrations/admin-script.ts).
    expect(admin).toMatch(/<script type="module" src="[^"]*admin\/editor\.js">/);
    expect(readFileSync(join(dist, 'admin/editor.js'), 'utf8')).toContain('registerPreviewTemplate');
    // Four scripts and no more: the content the page carries (glossary terms for the preview)
    // sits in a JSON script element with every "<" escaped, so no value can close it.
    expect(admin.match(/<script\b/g)).toHaveLength(4);
    const setup = /<script type="application\/json" id="cms-setup">([\s\S]*?)<\/script>/.exec(admin)![1]!;
    expect(setup).not.toContain('<');
    expect(JSON.parse(setup).config.publish_mode).toBe('editorial_workflow');
  });

  it('no reader page references the CMS bundle or the admin script', () => {
    const readers = htmlFiles(dist).filter((p) => !relative(dist, p).startsWith('admin/'));
    expect(readers.length).toBeGreaterThan(10);
    const loading = readers.filter((p) => /decap-cms|admin\/cms\/|cms-setup/.test(readFileSync(p, 'utf8')));
    expect(loading.map((p) => relative(dist, p))).toEqual([]);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  });
});
