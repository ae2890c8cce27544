import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { BenchError } from '../errors.js';

/** Where Debian's Chromium lives; override with `CHROMIUM_PATH`. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every contender is measured under (the same as the repository's browser tests). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // A real-looking host name, so scripts that look for the registrable domain (cookie scope) behave as on a shop;
  // every other name fails at once (this machine has no internet), so a CDN request never waits on a timeout.
  '--host-resolver-rules=MAP *.test 127.0.0.1, MAP test 127.0.0.1, MAP * ~NOTFOUND',
];

/**
 * The name pages use for a server on 127.0.0.1: the resolver rules above send every `.test` name there
 * and refuse everything else, IP literals included, so `http://127.0.0.1:PORT` is unreachable from a
 * page. `api.test` also makes the backend another site than the shop, as a hosted backend is.
 */
export const fromPages = (url: string): string => url.replace(/^http:\/\/127\.0\.0\.1(?=[:/]|$)/, 'http://api.test');

/** Launches Debian's Chromium headless with the bench flags; never downloads a browser. */
export async function launchChromium(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  } catch (error) {
    throw new BenchError(
      'browser_failed',
      `Chromium did not start from ${chromiumPath} (${(error as Error).message.split('\n')[0]}); install Debian's chromium or set CHROMIUM_PATH.`,
    );
  }
}

/** A desktop Chrome user agent: headless Chromium's own says "HeadlessChrome", which trackers treat as a bot. */
export const VISITOR_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

/**
 * A fresh browser context (empty cache, cookies and storage) that looks like a person's browser to
 * every contender alike: a normal user agent and `navigator.webdriver` false, so none of them skips
 * its work as it would for automation.
 */
export async function visitorContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ userAgent: VISITOR_UA });
  await context.addInitScript("Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false });");
  return context;
}
