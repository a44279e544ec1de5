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

/** A built site served on a loopback port, with a browser and one page open on it. */
export interface ServedSite {
  /** Base URL of the served site, ending in "/". */
  url: string;
  /** The browser, for tests that open pages of their own (another viewport, a fresh page). */
  browser: Browser;
  page: Page;
}

/**
 * Serve a built site folder and open Chromium on it for the tests of this file (or of the
 * describe block it is called in); both close after them. `dir` is dist/ unless given, or a
 * function for a folder a beforeAll builds first. With `requireSearchIndex` (the default for
 * dist/), a folder without Pagefind's index stops the tests with what to run.
 */
export function useServedSite(dir: string | (() => string) = dist, { requireSearchIndex = dir === dist } = {}): ServedSite {
  const site = {} as ServedSite;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    const root = typeof dir === 'function' ? dir() : dir;
    if (requireSearchIndex && !existsSync(join(root, 'pagefind/pagefind.js'))) {
      throw new Error(`${root === dist ? 'dist/' : root} has no search index: run \`npm run build\` before the browser tests`);
    }
    server = await serveStatic(root);
    site.browser = await launchBrowser();
    site.url = server.url;
    site.page = await site.browser.newPage();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

/** Serve dist/ and open a browser page for the tests of this file; both close after them. */
export function useBuiltSite(): ServedSite {
  return useServedSite();
}
