/**
 * Build settings read from the environment, shared by astro.config.mjs and the content collections.
 *
 * - `CONTENT_DIR`: the content folder to build from (default `content`); tests and benchmarks
 *   point it at their own folders.
 * - `ASTRO_CACHE_DIR`: Astro's cache folder, so builds of different content folders do not share
 *   one content store.
 *
 * The address and base path are site settings (site.config.ts, with `SITE_URL` and `BASE_PATH`
 * on top; see site-settings.ts). A build with no address builds for the address `npm run preview`
 * serves, and says so.
 */
import { LOCAL_ADDRESS, settings } from './site-settings.ts';

export const contentDir = process.env.CONTENT_DIR || 'content';
export const siteUrl = settings.url ?? LOCAL_ADDRESS;
export const basePath = settings.basePath;
export const cacheDir = process.env.ASTRO_CACHE_DIR || undefined;
