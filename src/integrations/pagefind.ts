/**
 * Astro integration: index the built site with Pagefind's Node API once the build is done, so
 * `astro build` alone yields a searchable `dist/`. Pages mark what to index with
 * `data-pagefind-body`; navigation chrome carries `data-pagefind-ignore`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Fail the build with Pagefind's own words when a step reports errors. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'briefings-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: outDir });
          check('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
          check('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
