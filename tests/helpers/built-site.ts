/**
 * The built `dist/` served on a loopback port with a Chromium page open on it, for the browser
 * tests of a test file: call `useBuiltSite()` at the top of the file, then read `site.url` and
 * `site.page` inside the tests.
 */
import { afterAll, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { projectRoot } from './site.ts';

/** The project's build output. */
export const dist = join(projectRoot, 'dist');

export interface BuiltSite {
  /** Base URL of the served site, ending in "/". */
  url: string;
  page: Page;
}

/** Serve dist/ and open a browser page for the tests of this file; both close after them. */
export function useBuiltSite(): BuiltSite {
  const site = {} as BuiltSite;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!existsSync(join(dist, 'pagefind/pagefind.js'))) throw new Error('dist/ has no search index: run `npm run build` before the browser tests');
    server = await serveStatic(dist);
    browser = await launchBrowser();
    site.url = server.url;
    site.page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return site;
}
