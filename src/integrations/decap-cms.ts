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
                    const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
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
      'astro:build:done': ({ dir, logger }) => {
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
