import type { Browser, BrowserContext, Page } from 'playwright-core';
import { engine, launchBrowser } from './browser.js';

/**
 * A fresh context that prefers reduced motion. Firefox over WebDriver BiDi cannot emulate media features
 * yet, so there it is a browser of its own started with the `ui.prefersReducedMotion` preference, closed
 * with the context.
 */
export async function reducedMotionContext(browser: Browser): Promise<BrowserContext> {
  if (engine !== 'firefox') return browser.newContext({ reducedMotion: 'reduce' });
  const own = await launchBrowser([], { 'ui.prefersReducedMotion': 1 });
  const context = await own.newContext();
  context.on('close', () => void own.close().catch(() => {}));
  return context;
}

/**
 * Lets the pages of a context use the async Clipboard API on `origin`. Firefox's driver grants no
 * clipboard permission, and Firefox lets a page write but never read the clipboard, so there the
 * copied text is recorded as the page hands it to `navigator.clipboard.writeText` (which still runs).
 */
export async function allowClipboard(context: BrowserContext, origin: string): Promise<void> {
  if (engine === 'chromium') {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    return;
  }
  await context.addInitScript(() => {
    // Only secure contexts have the Clipboard API; other pages of the context are left alone.
    if (typeof Clipboard === 'undefined') return;
    const write = Clipboard.prototype.writeText;
    Clipboard.prototype.writeText = function (this: Clipboard, text: string) {
      (window as unknown as { __copied?: string }).__copied = text;
      return write.call(this, text);
    };
  });
}

/** The text a page last copied, read from the clipboard where the engine allows it (see {@link allowClipboard}). */
export function copiedText(page: Page): Promise<string | undefined> {
  if (engine === 'chromium') return page.evaluate(() => navigator.clipboard.readText());
  return page.evaluate(() => (window as unknown as { __copied?: string }).__copied);
}
