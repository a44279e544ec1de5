/**
 * Astro integration: in a static build, the chunked content store is read from disk when the
 * pages are generated instead of being bundled into the build's server code.
 *
 * Astro 7.3.5 turns each file of the chunked store (at most 20 MiB) into a JavaScript module
 * `export default "<the whole file as a string literal>"` and bundles it with the pages' code, so
 * the bundler parses, transforms and writes the whole store once more, and Node then parses it
 * again as source code. At 50,000 briefings the store is 1.1 GB, and bundling it took the build
 * from 4 GB to 11 GB before a single page was generated (docs/scaling.md, "The 50,000 run").
 * Here each of those modules becomes two lines that read the file when the store is first used.
 *
 * Only for static output: the generated code names files in the cache folder of the machine that
 * builds, which is where a static build's pages are generated; a server build keeps Astro's own
 * modules, since its code runs elsewhere. The dev server is untouched (`apply: 'build'`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** The id Astro 7 gives a store file's module once resolved (astro/dist/content/consts.js). */
export const CHUNK_MODULE_PREFIX = '\0astro:data-layer-content-chunk:';
const CHUNK_MODULE = /^\0astro:data-layer-content-chunk:([a-f0-9]{16}\.txt)\.mjs$/;

/**
 * The module that stands for one store file: it reads the file when imported. `storeDir` is the
 * folder of the chunked store (`<cacheDir>/data-store/`). Returns undefined for any other id.
 */
export function chunkModuleCode(id: string, storeDir: string): string | undefined {
  const file = CHUNK_MODULE.exec(id)?.[1];
  if (!file) return undefined;
  const path = fileURLToPath(new URL(file, new URL(`file://${storeDir.replace(/\/?$/, '/')}`)));
  return `import { readFileSync } from 'node:fs';\nexport default readFileSync(${JSON.stringify(path)}, 'utf-8');\n`;
}

export default function dataStoreOnDisk(): AstroIntegration {
  let storeDir: string | undefined;
  let files = 0;
  return {
    name: 'briefings-data-store-on-disk',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'briefings-data-store-on-disk',
                apply: 'build',
                // Before Astro's own loader for these ids, which would inline the file.
                load: {
                  order: 'pre',
                  handler(id: string) {
                    if (!storeDir || !id.startsWith(CHUNK_MODULE_PREFIX)) return null;
                    const code = chunkModuleCode(id, storeDir);
                    if (code === undefined) return null;
                    files++;
                    return { code, map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config, buildOutput }) => {
        storeDir = buildOutput === 'static' ? fileURLToPath(new URL('data-store/', config.cacheDir)) : undefined;
      },
      'astro:build:done': ({ logger }) => {
        if (files > 0) logger.info(`content store: ${files} file(s) read from disk, not bundled`);
      },
    },
  };
}
