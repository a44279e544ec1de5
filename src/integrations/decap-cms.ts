/**
 * Astro integration: the Decap CMS bundle, from the installed `decap-cms` package, served at
 * `<base>admin/cms/` and nowhere else. Only the editor's page (src/pages/admin/index.astro) loads
 * it; reader pages never reference it. No CDN: the build copies the package's files into
 * `dist/admin/cms/`, and the dev server serves them straight from node_modules.
 *
 * The bundle's lazily loaded chunks sit beside decap-cms.js; webpack finds them from the main
 * script's own address, so the folder is copied whole (source maps excepted, to keep `dist/` lean).
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_SCRIPT_PATH, devModule, writeAdminScript } from './admin-script.ts';

/** Where the bundle is served, under the site's base path. */
export const CMS_ASSETS_PATH = 'admin/cms/';

/** The installed package's dist folder. */
export function decapDistDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('decap-cms/dist/decap-cms.js'));
}

/** The files to ship: the main script, its chunks and WebAssembly, not source maps or the duplicate cms.js build. */
export function decapFiles(dir = decapDistDir()): string[] {
  return readdirSync(dir).filter((n) => /(^|\.)decap-cms\.js$/.test(n) || n.endsWith('.wasm') || n === 'decap-cms.js.LICENSE.txt');
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.txt': 'text/plain' };

export default function decapCmsIntegration(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'briefings-decap-cms',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = config.base.replace(/\/?$/, '/');
        const prefix = `${base}${CMS_ASSETS_PATH}`;
        updateConfig({
          vite: {
            // The admin script's dependencies, bundled when the dev server starts rather than on the
            // first visit to /admin/ (which would make Vite reload the page while the CMS starts).
            optimizeDeps: { include: ['unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-stringify', 'rehype-raw', 'rehype-sanitize', 'yaml'] },
            plugins: [
              {
                name: 'briefings-decap-cms-dev',
                configureServer(server) {
                  const dir = decapDistDir();
                  const allowed = new Set(decapFiles(dir));
                  server.middlewares.use((req, res, next) => {
                    // The address within the site: Vite hands middlewares the request with the base
                    // path already taken off when the site has one, and with it otherwise.
                    const raw = decodeURIComponent((req.url ?? '').split('?')[0]!);
                    const path = raw.startsWith(base) ? raw : `${base}${raw.replace(/^\//, '')}`;
                    // The desk's script: its source, through Vite's own module serving (admin-script.ts).
                    if (path === `${base}${ADMIN_SCRIPT_PATH}`) {
                      res.setHeader('Content-Type', 'text/javascript');
                      res.end(devModule(base));
                      return;
                    }
                    if (!path.startsWith(prefix)) return next();
                    const name = normalize(path.slice(prefix.length));
                    if (!allowed.has(name)) return next();
                    const file = join(dir, name);
                    res.setHeader('Content-Type', TYPES[extname(name)] ?? 'application/octet-stream');
                    res.setHeader('Content-Length', String(statSync(file).size));
                    createReadStream(file).pipe(res);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const script = await writeAdminScript(root, fileURLToPath(dir));
        logger.info(`${script.bundled ? 'bundled' : 'reused the kept'} editor's script (${ADMIN_SCRIPT_PATH}) in ${script.seconds.toFixed(1)} s`);
        const from = decapDistDir();
        const to = join(fileURLToPath(dir), CMS_ASSETS_PATH);
        if (!existsSync(from)) throw new Error(`decap-cms is not installed (${from}): run npm ci`);
        mkdirSync(to, { recursive: true });
        const files = decapFiles(from);
        for (const name of files) copyFileSync(join(from, name), join(to, name));
        logger.info(`copied the Decap CMS bundle (${files.length} files) to ${CMS_ASSETS_PATH}`);
      },
    },
  };
}
