/**
 * The editor's desk script (src/cms/admin.ts, about 550 KB bundled with the site's Markdown code for
 * the preview), bundled once and kept until its sources change, rather than by every `astro build`.
 *
 * Left in the page as a processed `<script>`, Astro bundled it in a client build of its own on every
 * build: about half a second of a 1,000-briefing build, and of every one-briefing rebuild, for a
 * script that changes only when the project's code does. Here it is bundled with Vite's own API and
 * kept in the checkout's `.astro/admin-script/` with the list of files it was built from: the next
 * build reuses it when none of those files (nor `package-lock.json`) has changed, and copies it to
 * `dist/admin/editor.js`. `astro dev` serves a one-line module at the same address that imports the
 * source through Vite's dev server, so editing the desk's code still reloads as any module does.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { z } from 'zod';
import { readRecordFile } from '../lib/checkout-record.ts';
import { writeFileAtomic } from '../pipeline/write-file.ts';

/** Where the bundle is served, under the site's base path. */
export const ADMIN_SCRIPT_PATH = 'admin/editor.js';

/** The desk's entry module, from the project root. */
const ENTRY = 'src/cms/admin.ts';

/**
 * What is kept with a bundle: the hash of each file it was built from, of the lockfile, and of the
 * bundle itself (builds of one checkout may run at once: a bundle and a record that do not belong
 * together are not used).
 */
const manifestSchema = z.strictObject({
  lock: z.string(),
  inputs: z.record(z.string(), z.string()),
  bundle: z.string(),
});

const hashOf = (file: string) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : '');

/** The cache folder of a checkout. */
const cacheDir = (root: string) => join(root, '.astro', 'admin-script');

/**
 * The kept bundle of `root`, when every file it was built from and the lockfile are unchanged;
 * undefined when there is none or anything changed.
 */
export function keptBundle(root: string): string | undefined {
  const dir = cacheDir(root);
  const file = join(dir, 'editor.js');
  const record = readRecordFile(join(dir, 'manifest.json'), manifestSchema);
  if (!record || record.lock !== hashOf(join(root, 'package-lock.json')) || record.bundle !== hashOf(file)) return undefined;
  for (const [path, hash] of Object.entries(record.inputs)) if (hashOf(join(root, path)) !== hash) return undefined;
  return file;
}

/** Bundle the desk's script with Vite (minified, one file), and keep it with the list of its source files. */
export async function bundleAdminScript(root: string): Promise<string> {
  const { build } = await import('vite');
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    // Only the project's own files are listed as inputs; packages change with the lockfile.
    build: {
      write: false,
      minify: true,
      // An app's build of one entry, as Astro made it (a library build keeps white space in ES output).
      rollupOptions: { input: join(root, ENTRY), output: { format: 'es', entryFileNames: 'editor.js' } },
    },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunks = outputs.filter((o) => o.type === 'chunk');
  // One file is all the page loads: a dynamic import would split off chunks it never fetches.
  if (chunks.length !== 1 || chunks[0]!.type !== 'chunk') throw new Error(`bundling ${ENTRY} gave ${chunks.length} scripts, not one`);
  const chunk = chunks[0]!;
  const inputs: Record<string, string> = {};
  for (const id of chunk.moduleIds) {
    const path = id.split('?')[0]!;
    if (!isAbsolute(path) || path.includes(`${'/'}node_modules${'/'}`) || !existsSync(path)) continue;
    const rel = relative(root, path);
    if (!rel.startsWith('..')) inputs[rel] = hashOf(path);
  }
  const dir = cacheDir(root);
  const file = join(dir, 'editor.js');
  writeFileAtomic(file, chunk.code);
  const record = manifestSchema.parse({ lock: hashOf(join(root, 'package-lock.json')), inputs, bundle: createHash('sha256').update(chunk.code).digest('hex') });
  writeFileAtomic(join(dir, 'manifest.json'), JSON.stringify(record, null, 1) + '\n');
  return file;
}

/**
 * Put the desk's script at `dist/admin/editor.js`: the kept bundle when its sources are unchanged,
 * else a fresh one. Returns whether it was bundled afresh.
 */
export async function writeAdminScript(root: string, outDir: string): Promise<{ bundled: boolean; seconds: number }> {
  const started = performance.now();
  const kept = keptBundle(root);
  const file = kept ?? (await bundleAdminScript(root));
  const to = join(outDir, ADMIN_SCRIPT_PATH);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(file, to);
  return { bundled: !kept, seconds: (performance.now() - started) / 1000 };
}

/** The module `astro dev` serves at the bundle's address: the entry, through Vite's dev server. */
export function devModule(base: string): string {
  return `import '${base}${ENTRY}';\n`;
}
