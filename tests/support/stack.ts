import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Backend, type BackendOptions, startBackend } from './backend.js';
import { launchBrowser } from './browser.js';
import { type StaticSite, serveStatic } from './static-server.js';

/** What a real-browser test file runs against: the reference backend, a static site and Chromium. */
export interface Stack {
  backend: Backend;
  site: StaticSite;
  browser: Browser;
}

/**
 * Starts a backend, a site and a browser (`browser` as {@link launchBrowser} takes it) before the file's
 * tests and stops them after. The fields are filled in `beforeAll`, so read them inside hooks and
 * tests, never at the file's top level.
 */
export function useStack(options: BackendOptions = {}, browser: { scrollbars?: boolean } = {}): Stack {
  const stack = {} as Stack;
  beforeAll(async () => {
    [stack.backend, stack.site, stack.browser] = await Promise.all([
      startBackend(options),
      serveStatic(),
      launchBrowser([], {}, browser),
    ]);
  });
  afterAll(async () => {
    await Promise.all([stack.browser?.close(), stack.site?.close(), stack.backend?.close()]);
  });
  return stack;
}
