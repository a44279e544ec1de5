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

/** Index the HTML of `outDir` into `outDir/pagefind/` (or `outputPath`) with Pagefind's Node API. */
export async function indexFolder(outDir: string, outputPath = `${outDir.replace(/\/$/, '')}/pagefind`): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: outDir });
    check('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'briefings-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, seconds } = await indexFolder(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages in ${seconds.toFixed(1)} s`);
      },
    },
  };
}
