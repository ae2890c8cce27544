import type { Browser } from 'playwright-core';
import { type Prepared, WkContext, type WkContextOptions } from './context.js';
import { type Display, startDisplay } from './display.js';
import { reducedMotionEnv } from './gtk-settings.js';
import type { WkPage } from './page.js';

/**
 * The user agent of the WebKit visitor: MiniBrowser's own says it is a Linux WebKitGTK; a person on
 * WebKit is on Safari, on a Mac or an iPhone.
 */
export const webkitUserAgent =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';

/**
 * Playwright's `Browser` for WebKit, over WebKitWebDriver and MiniBrowser on a virtual display. Each
 * context is a WebDriver session of its own, so a fresh browser with its own cookies and storage.
 */
export class WkBrowser {
  private readonly live = new Set<WkContext>();
  /** The next default context's session, started while the current test runs (a start takes 2–3 s). */
  private spare: Promise<Prepared> | undefined;
  private closed = false;
  private constructor(private readonly display: Display) {}

  /** Starts the virtual display the browser's windows draw on. */
  static async launch(): Promise<WkBrowser> {
    return new WkBrowser(await startDisplay());
  }

  private prepare(userAgent: string, reducedMotion: boolean): Promise<Prepared> {
    return WkContext.prepare(this.display.name, userAgent, reducedMotion ? reducedMotionEnv() : {});
  }

  async newContext(options: WkContextOptions = {}): Promise<WkContext> {
    if (this.closed) throw new Error('browser.newContext: Target page, context or browser has been closed');
    const reduced = options.reducedMotion === 'reduce';
    const usual = (options.userAgent === undefined || options.userAgent === webkitUserAgent) && !reduced;
    // The spare is taken before any await: contexts opened side by side must not share one session.
    const spare = usual ? this.spare : undefined;
    if (usual) this.spare = this.prepare(webkitUserAgent, false);
    const prepared = await (spare ?? this.prepare(options.userAgent ?? webkitUserAgent, reduced)).catch(() =>
      this.prepare(options.userAgent ?? webkitUserAgent, reduced),
    );
    const context = WkContext.from(prepared, options, () => this.live.delete(context));
    this.live.add(context);
    return context;
  }
  /** A page in a context of its own, which closes with it. */
  async newPage(options: WkContextOptions = {}): Promise<WkPage> {
    const context = await this.newContext(options);
    const page = await context.newPage();
    page.on('close', () => void context.close().catch(() => {}));
    return page;
  }
  contexts(): WkContext[] {
    return [...this.live];
  }
  isConnected(): boolean {
    return true;
  }
  version(): string {
    return 'WebKitGTK';
  }
  async close(): Promise<void> {
    this.closed = true;
    const spare = this.spare?.then(
      async ({ session, proxy }) => {
        await session.close();
        await proxy.close();
      },
      () => {},
    );
    await Promise.all([spare, ...[...this.live].map((context) => context.close().catch(() => {}))]);
    this.display.close();
  }
}

/** Launches WebKit for the tests, typed as Playwright's `Browser` (the part the tests use is there). */
export async function launchWebKit(): Promise<Browser> {
  return (await WkBrowser.launch()) as unknown as Browser;
}
