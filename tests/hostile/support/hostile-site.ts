import type { Browser, Page } from 'playwright-core';
import { ALLOWED_ORIGINS, BUNDLE, STUB } from '../../attribution/fixtures.js';
import { type Backend, startBackend } from '../../support/backend.js';
import { launchBrowser, watchErrors } from '../../support/browser.js';
import { type StaticSite, serveStatic } from '../../support/static-server.js';
import { LOADER } from '../../widget/page.js';

/** A real backend, a static site serving the built bundles, and Chromium, for one test file. */
export interface HostileSite {
  backend: Backend;
  site: StaticSite;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the backend (rate limits off, test origins allowed), the static site and Chromium (with extra flags). */
export async function startHostileSite(browserArgs: string[] = []): Promise<HostileSite> {
  const [backend, site, browser] = await Promise.all([
    startBackend({ config: { allowedOrigins: ALLOWED_ORIGINS } }),
    serveStatic(),
    launchBrowser(browserArgs),
  ]);
  return {
    backend,
    site,
    browser,
    close: async () => {
      await Promise.all([browser.close(), site.close(), backend.close()]);
    },
  };
}

let referrers = 0;
/** Enrols a new referrer through the secret-key API and returns their code, so a scenario's clicks are its own. */
export async function freshReferrer(backend: Backend): Promise<string> {
  referrers++;
  const email = `ref.${referrers}.${Date.now().toString(36)}@hostile.example`;
  const joined = await backend.secret<{ participant: { code: string } }>('/v1/participants', {
    method: 'POST',
    body: JSON.stringify({ email, name: `Referrer ${referrers}` }),
  });
  return joined.participant.code;
}

/** What goes on a shop page besides the snippet. */
export interface ShopPageOptions {
  /** Extra attributes of the snippet's script tag. */
  attributes?: string;
  /** Inline script run first, before the stub: the host page tampering with its globals. */
  tamper?: string;
  /** Extra `<head>` markup. */
  head?: string;
  body?: string;
  /** Load the widget's loader too. */
  widget?: boolean;
  /** Extra attributes of the widget loader's script tag, e.g. `data-rujuk-locale="ar"`. */
  widgetAttributes?: string;
  /** `async`, `defer` or nothing, for the snippet's tag. */
  loading?: 'async' | 'defer' | '';
  /** Leave out every inline script (the stub included), for pages under a strict CSP. */
  noInline?: boolean;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** A shop page with the queue stub and the snippet, configured for `backend`, as a site owner pastes them. */
export function shopPage(backend: Backend, options: ShopPageOptions = {}): string {
  const keys = `data-key="${backend.publishableKey}" data-api="${backend.url}"`;
  const inline = (code: string) => (options.noInline ? '' : `<script>${code}</script>`);
  return `<!doctype html><html lang="${options.lang ?? 'en'}" dir="${options.dir ?? 'ltr'}"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Shop</title>
${options.tamper ? inline(options.tamper) : ''}${options.noInline ? '' : STUB}
<script ${options.loading ?? 'async'} src="${BUNDLE}" ${keys} ${options.attributes ?? ''}></script>
${options.widget ? `<script async src="${LOADER}" ${keys} ${options.widgetAttributes ?? ''}></script>` : ''}${options.head ?? ''}
</head><body><main><h1>Shop</h1>${options.body ?? ''}</main></body></html>`;
}

// The browser's own log of a failed request: Chromium's console line, and Firefox's for a cross-origin
// request that never got an answer, which its driver reports as a page error.
const failedRequestLines = [
  /^console\.error: Failed to load resource/,
  /^pageerror: The Same Origin Policy disallows reading the remote resource at \S+\. \(Reason: CORS request did not succeed\)/,
];

/**
 * Uncaught errors and console errors of a page, minus the browser's own log of failed requests, which
 * a fault scenario provokes on purpose and no script can silence.
 */
export function pageErrors(page: Page): { list(): string[] } {
  const errors = watchErrors(page);
  return { list: () => errors.filter((error) => !failedRequestLines.some((line) => line.test(error))) };
}

/** Collects the `rujuk:error` events a page dispatches (a final refusal of a click or a conversion). */
export async function recordRujukErrors(page: Page): Promise<() => Promise<unknown[]>> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __rujukErrors: unknown[] }).__rujukErrors = seen;
    addEventListener('rujuk:error', (event) => seen.push((event as CustomEvent).detail));
  });
  return () => page.evaluate(() => (window as unknown as { __rujukErrors?: unknown[] }).__rujukErrors ?? []);
}

/** Whether the snippet's persistent queue is empty (nothing left to deliver). */
export const queueDrained = (): boolean => {
  try {
    return !localStorage.getItem('rujuk_queue');
  } catch {
    return true;
  }
};

/** A unique order id for one scenario. */
export const orderIdFor = (name: string): string =>
  `${name.replace(/[^\w-]+/g, '-').slice(0, 40)}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Waits `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
