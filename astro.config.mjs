// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import buildLock from './src/integrations/build-lock.ts';
import decapCms from './src/integrations/decap-cms.ts';
import shard from './src/integrations/shard.ts';
import dataStoreOnDisk from './src/integrations/data-store-on-disk.ts';
import keepOutDir from './src/integrations/keep-out-dir.ts';
import shareCards from './src/integrations/share-cards.ts';
import { basePath, cacheDir, contentDir, pageConcurrency, siteUrl } from './src/lib/config.ts';
import { siteMarkdown } from './src/plugins/satteri/index.ts';
import { renderCacheDir } from './src/lib/render-cache.ts';
import { sitemapDates } from './src/lib/sitemap-dates.ts';
import { briefingHeadsFile, readBriefingHeads } from './src/lib/briefing-heads.ts';
import { castsOf, figuresWithPages, hashIds } from './src/lib/figure-pages.ts';

// Each briefing's slug, date, people, headline and source, read once from its file and kept by the
// file's stamp in the checkout's .astro/ folder, so a rebuild reads only the files that changed.
const headsFile = briefingHeadsFile(process.cwd(), contentDir);
const heads = readBriefingHeads(`${contentDir}/briefings`, headsFile);
// Each briefing's date as its sitemap lastmod, so crawlers revisit what is new.
const lastmod = sitemapDates(heads);
const basePrefix = basePath.replace(/\/?$/, '/');

// Who gets a page (src/lib/figure-pages.ts), so body marks link only to pages that are built; a
// change to that set changes the rendered bodies, so it is part of the content store's key.
const figurePages = figuresWithPages(castsOf(heads));

// Site URL and base path come from the environment (see src/lib/config.ts and the README), so the
// same build serves from a domain root or a sub-path such as GitHub Pages' /<repo>/.
export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'ignore',
  // A fresh content store whenever the glossary, the profiles or the plugins change (see render-cache.ts).
  cacheDir: cacheDir ?? renderCacheDir(process.cwd(), contentDir, hashIds(figurePages)),
  // buildLock first: a second build of this checkout stops before it touches anything.
  integrations: [
    buildLock(),
    mdx({ extendMarkdownConfig: false }),
    sitemap({
      filter: (page) => !/\/(404|admin)\/?$/.test(new URL(page).pathname),
      serialize(item) {
        const date = lastmod.get(new URL(item.url).pathname.slice(basePrefix.length));
        return date ? { ...item, lastmod: date } : item;
      },
    }),
    shard(),
    // The chunked content store read from disk when pages are generated, not bundled (see the file).
    dataStoreOnDisk(),
    // The output folder kept between builds, pages no longer built removed; before Pagefind reads it.
    keepOutDir(),
    // Each briefing's share image linked in from its cache after the pages, not rendered as a route.
    shareCards({ heads, briefingsDir: `${contentDir}/briefings`, headsFile }),
    pagefind(),
    // The editor's desk at /admin/ (docs/editing.md): the CMS bundle is copied there and loaded nowhere else.
    decapCms(),
  ],
  markdown: {
    // Sätteri, Astro's Rust Markdown engine, with the project's plugins ported to its plugin API
    // (src/plugins/satteri/): the image gate before Astro collects a body's images; pasted HTML
    // parsed and cut to a safe subset first, so the ids, links and tooltips added after it are
    // kept; paragraph anchors; the first mentions of glossary terms and people marked as links
    // with an explanation. No smart quotes: a body shows the source's characters exactly.
    processor: siteMarkdown({
      contentDir,
      annotate: { base: basePath, figurePages },
    }),
  },
  // Several pages rendered at once, so writing one page's files overlaps rendering the next (config.ts).
  // Styles always in files of their own: left to Astro, the site's global styles (under its 4 KB
  // limit for inlining) were copied into every page, a fifth of the HTML a 1,000-briefing site
  // wrote and Pagefind read; as a file, a reader's browser fetches them once for the whole site.
  build: { format: 'directory', concurrency: pageConcurrency, inlineStylesheets: 'never' },
  // Astro's own log, or with BUILD_PROGRESS_EVERY (set by `npm run build`) a progress line instead
  // of a line per page; always the same entry, since a config change clears the content store.
  logger: { entrypoint: new URL('./src/build/progress-logger.ts', import.meta.url) },
  // The editor's desk script (/admin/ only: the preview renders with the site's own Markdown code)
  // is about 550 KB; reader pages load none of it, so its size is no warning worth printing.
  vite: { build: { chunkSizeWarningLimit: 1024 } },
  experimental: {
    // The content store is written as files of at most 20 MiB: as one file it outgrows what Node
    // can hold in one string near 25,000 briefings. Astro 7.3.5's chunked writer counted bytes
    // one character at a time through an encoder (27 s of a 73 s build at 1,000 briefings);
    // patches/astro+7.3.5.patch counts them from the code unit, and the chunked store now costs
    // about 5% more CPU than one file (docs/scaling.md). CONTENT_STORE=single-file for one file.
    collectionStorage: process.env.CONTENT_STORE === 'single-file' ? 'single-file' : 'chunked',
    // Pages whose cache key (src/lib/cache-key.ts) and code are unchanged are copied from the last
    // build instead of rendered again; `astro build --force` renders everything.
    incrementalBuild: true,
  },
});
