import { firefox } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { firefoxLaunchOptions } from './browser.js';
import { engine } from './engine.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's one Firefox listens, when the run drives Firefox (`launchBrowser` connects to it). */
    firefoxEndpoint: string | undefined;
  }
}

/**
 * Vitest global setup: in a Firefox run, starts one Firefox for every test file, which each file's
 * `launchBrowser()` connects to in a fraction of a second instead of starting its own (10–20 s on a
 * busy machine, and a few seconds more to close). Each file still gets contexts of its own.
 */
export default async function shareFirefox(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (engine !== 'firefox') {
    project.provide('firefoxEndpoint', undefined);
    return undefined;
  }
  const server = await firefox.launchServer(firefoxLaunchOptions());
  project.provide('firefoxEndpoint', server.wsEndpoint());
  return () => server.close();
}
