import type { BrowserContext, Page } from 'playwright-core';
import type { Backend } from '../support/backend.js';
import { watchErrors } from '../support/browser.js';
import type { Stack } from '../support/stack.js';

/** Where the static server serves the built loader. */
export const LOADER = '/packages/widget/dist/widget.global.js';

/** Options of {@link widgetPage}. */
export interface WidgetPageOptions {
  /** Extra attributes of the loader's script tag, e.g. `{ 'data-rujuk-theme': 'dark' }`. */
  script?: Record<string, string>;
  /** Body markup before the script tag. */
  body?: string;
  /** Extra `<head>` markup (styles, meta). */
  head?: string;
  /** Inline script run before the loader (e.g. the queue stub), only for pages without a strict CSP. */
  before?: string;
}

/** An HTML page that loads the widget from its script tag, configured for `backend`. */
export function widgetPage(backend: Backend, options: WidgetPageOptions = {}): string {
  const attributes = { 'data-key': backend.publishableKey, 'data-api': backend.url, ...options.script };
  const attrs = Object.entries(attributes)
    .map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`)
    .join(' ');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Shop</title>${options.head ?? ''}</head>
<body>
<main><h1>Demo Shop</h1>${options.body ?? ''}</main>
${options.before ? `<script>${options.before}</script>` : ''}
<script src="${LOADER}" ${attrs}></script>
</body>
</html>`;
}

/** The documented queue stub, pasted before the loader. */
export const STUB = 'window.rujuk=window.rujuk||function(){(rujuk.q=rujuk.q||[]).push(arguments)}';

/** Collects `rujuk:*` events in the page, read back with {@link readEvents}. */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const events: unknown[] = [];
    (window as unknown as { __events: unknown[] }).__events = events;
    for (const name of ['open', 'close', 'share', 'join']) {
      window.addEventListener(`rujuk:${name}`, (event) => events.push({ name, ...(event as CustomEvent).detail }));
    }
  });
}

/** The `rujuk:*` events the page dispatched so far. */
export function readEvents(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(() => (window as unknown as { __events: Array<Record<string, unknown>> }).__events);
}

/** Joins through the open popup and waits for the share link; returns the link. */
export async function joinInPopup(page: Page, email: string): Promise<string> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('button', { name: 'Get my link' }).click();
  const link = dialog.getByLabel('Your referral link');
  await link.waitFor();
  return link.inputValue();
}

/** Where screenshots go (git-ignored). */
export const ARTIFACTS = new URL('../artifacts/widget/', import.meta.url);

/** A button that opens the popup, as a shop puts one on its page. */
export const OPENER = '<button type="button" data-rujuk-open>Refer a friend</button>';

/** A fresh visitor (own browser context) for a widget page with {@link OPENER} at `path`, not loaded yet. */
export async function openerVisitor(
  stack: Stack,
  path: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  stack.site.setPage(path, widgetPage(stack.backend, { body: OPENER }));
  const context = await stack.browser.newContext();
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

/** A `rujuk:error` detail. */
export type Reported = { code: string; message: string };

/** Collects `rujuk:error` details and the `dataLayer` entries of a page, read back with {@link reported}. */
export async function recordErrors(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __errors: unknown[]; dataLayer: unknown[] };
    w.__errors = [];
    w.dataLayer = [];
    window.addEventListener('rujuk:error', (event) => w.__errors.push((event as CustomEvent).detail));
  });
}

/** The `rujuk:error` details the page raised so far. */
export const reported = (page: Page): Promise<Reported[]> =>
  page.evaluate(() => (window as unknown as { __errors: Reported[] }).__errors);
