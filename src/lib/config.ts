/**
 * Build settings read from the environment, shared by astro.config.mjs and the content collections.
 *
 * - `CONTENT_DIR`: the content folder to build from (default `content`); tests and benchmarks
 *   point it at their own folders.
 * - `SITE_URL`: the public origin, for canonical links, feeds and the sitemap.
 * - `ASTRO_CACHE_DIR`: Astro's cache folder, so builds of different content folders do not share
 *   one content store.
 * - `BASE_PATH`: the sub-path the site is served under, e.g. `/briefings/` on GitHub Pages.
 */
export const contentDir = process.env.CONTENT_DIR || 'content';
export const siteUrl = process.env.SITE_URL || 'https://briefings.example.org';
export const basePath = process.env.BASE_PATH || '/';
export const cacheDir = process.env.ASTRO_CACHE_DIR || undefined;
