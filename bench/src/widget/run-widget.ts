import type { Browser } from 'playwright-core';
import { visitorContext } from '../browser/launch.js';
import { type Summary, summarize } from '../stats/summary.js';

/** Click-to-visible times of the popup. */
export interface WidgetResult {
  /** First open in a fresh context: the UI chunk, a locale and the program are fetched, then rendered. */
  cold: Summary;
  /** A later open on the same page: everything is in memory. */
  warm: Summary;
  /** Distinct uncaught page errors seen. */
  errors: string[];
  /** Why nothing was measured (e.g. the loader is not built). */
  unavailable?: string;
}

/**
 * In the page: clicks the opener, waits until the dialog is in the popup's shadow tree, then for the
 * next animation frame (the one that paints it); closes it again. Evaluates to the milliseconds.
 * Kept as source text because the bench runs through a TypeScript loader that would add helpers the
 * page does not have to a function's body.
 */
const OPEN_ONCE = `(async () => {
  const host = () => document.querySelector('[data-rujuk-popup]')?.shadowRoot;
  const start = performance.now();
  document.querySelector('[data-rujuk-open]').click();
  await new Promise((done) => {
    const check = () => (host()?.querySelector('[role="dialog"]') ? done() : requestAnimationFrame(check));
    check();
  });
  await new Promise((done) => requestAnimationFrame(done));
  const elapsed = performance.now() - start;
  await window.rujuk('close');
  await new Promise((done) => {
    const check = () => (host()?.querySelector('[role="dialog"]') ? requestAnimationFrame(check) : done());
    check();
  });
  return elapsed;
})()`;

/**
 * Opens the popup `opens` times cold (each in a fresh context, after the page has loaded and gone
 * idle) and as many times warm (the second open on the same page), without CPU throttling.
 */
export async function runWidget(browser: Browser, pageUrl: string, opens: number): Promise<WidgetResult> {
  const cold: number[] = [];
  const warm: number[] = [];
  const errors = new Set<string>();
  for (let i = 0; i < opens; i++) {
    const context = await visitorContext(browser);
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.add(error.message));
      await page.goto(pageUrl, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 2000 })));
      cold.push(await page.evaluate<number>(OPEN_ONCE));
      warm.push(await page.evaluate<number>(OPEN_ONCE));
    } finally {
      await context.close();
    }
  }
  return { cold: summarize(cold), warm: summarize(warm), errors: [...errors] };
}
