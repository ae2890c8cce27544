import { type Browser, chromium, type Page } from 'playwright-core';

/** Where Debian's Chromium lives; override with `CHROMIUM_PATH`. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The background-networking flags keep Chromium from dialling out on a machine with no network.
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // Lets tests use real-looking hostnames (app.shop.test, blog.test) for cookie-domain and cross-domain cases.
  '--host-resolver-rules=MAP *.test 127.0.0.1, MAP test 127.0.0.1',
];

/** Launches Debian's Chromium headless, with `*.test` hostnames resolving to 127.0.0.1. */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...flags, ...extraArgs] });
}

/** Collects every uncaught page error and console error of a page, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}
