import { type Browser, chromium, firefox, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { engine } from './engine.js';
import { launchWebKit } from './webkit/browser.js';

export { type Engine, engine, engines } from './engine.js';

/** Where Debian's Chromium lives; override with `CHROMIUM_PATH`. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where Debian's Firefox ESR lives; override with `FIREFOX_PATH`. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The hostnames the tests use besides 127.0.0.1; each engine resolves them to 127.0.0.1. */
export const testHosts = ['test', 'shop.test', 'app.shop.test', 'blog.test', 'www.blog.test', 'other.test'];

// The background-networking flags keep Chromium from dialling out on a machine with no network.
const chromiumFlags = [
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

// Firefox has no host-resolver rules; `network.dns.localDomains` answers the listed names with loopback,
// and the rest keep it from dialling out (updates, telemetry, remote settings) on a machine with no network.
const firefoxPrefs = {
  'network.dns.localDomains': testHosts.join(','),
  'network.dns.disableIPv6': true,
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
};

/**
 * How to start Firefox: Playwright speaks WebDriver BiDi to a stock Firefox through the `moz-firefox`
 * channel. `extraPrefs` are Firefox preferences on top of the tests' own.
 */
export function firefoxLaunchOptions(extraPrefs: Record<string, string | number | boolean> = {}) {
  return {
    channel: 'moz-firefox',
    executablePath: firefoxPath,
    firefoxUserPrefs: { ...firefoxPrefs, ...extraPrefs },
  };
}

/** The endpoint of the Firefox a run shares between its files, outside Vitest or without one undefined. */
function sharedFirefox(): string | undefined {
  try {
    return inject('firefoxEndpoint');
  } catch {
    return undefined;
  }
}

/**
 * A desktop user agent a person's browser of the engine under test sends, or undefined to keep the
 * engine's own: headless Chromium's says "HeadlessChrome", which the snippet treats as a bot.
 */
export const humanUserAgent: string | undefined = {
  chromium: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
  firefox: undefined,
  webkit: undefined,
}[engine];

/**
 * Launches the engine under test (`RUJUK_ENGINE`, Chromium by default) headless, with `*.test` hostnames
 * resolving to 127.0.0.1. `extraArgs` are Chromium command-line flags and `extraPrefs` Firefox preferences;
 * each engine ignores the other's. `scrollbars` keeps Chromium's scrollbars, which Playwright hides in
 * headless mode, so that they take their width from the page as on a desktop.
 */
export function launchBrowser(
  extraArgs: string[] = [],
  extraPrefs: Record<string, string | number | boolean> = {},
  { scrollbars = false } = {},
): Promise<Browser> {
  // WebKit's own driver (support/webkit/): WebKitWebDriver and MiniBrowser behind a proxy.
  if (engine === 'webkit') return launchWebKit();
  if (engine === 'firefox') {
    // The run's one Firefox (support/shared-firefox.ts) when it is there and no preference is asked for.
    const shared = Object.keys(extraPrefs).length ? undefined : sharedFirefox();
    const browser = shared ? firefox.connect(shared) : firefox.launch(firefoxLaunchOptions(extraPrefs));
    return browser.then(withoutWebdriverFlag);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumFlags, ...extraArgs],
    ignoreDefaultArgs: scrollbars ? ['--hide-scrollbars'] : undefined,
  });
}

/**
 * Makes every context of a browser report `navigator.webdriver` false, as Playwright's Chromium already
 * does: a driven Firefox says true, which the snippet rightly takes for a bot. The preload script is
 * the context's first, so a test can still play a bot with an init script of its own. It also logs
 * Errors passed to `console.error` as their text, which the driver otherwise leaves out, and opens
 * the browser's tabs one at a time.
 */
function withoutWebdriverFlag(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  let opening = Promise.resolve();
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });
      // The driver reports an Error logged to the console by its name alone ("Error"); the console
      // gets its text ("TypeError: …"), which Chromium's driver reports and a developer reads.
      const error = console.error;
      console.error = (...args: unknown[]) => error(...args.map((arg) => (arg instanceof Error ? `${arg}` : arg)));
    });
    // Firefox fails to open a tab while it opens another in a different context (browsingContext.create:
    // "lazy.TabManager.getTabBrowser(...) is undefined"), as scenarios that run side by side do: the
    // browser's tabs open one at a time.
    const newPage = context.newPage.bind(context);
    context.newPage = () => {
      const page = opening.then(newPage);
      opening = page.then(
        () => {},
        () => {},
      );
      return page;
    };
    return context;
  };
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // As Playwright's own newPage: the context lives as long as its one page.
    page.on('close', () => void context.close().catch(() => {}));
    return page;
  };
  return browser;
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
