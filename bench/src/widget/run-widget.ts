import type { Browser } from 'playwright-core';
import { visitorContext } from '../browser/launch.js';
import { type Summary, summarize } from '../stats/summary.js';

/** Click-to-visible times of the popup. */
export interface WidgetResult {
  /** First open in a fresh context: the UI chunk, a locale and the program are fetched, then rendered. */
  cold: Summary;
  /** A later open on the same page: everything is in memory. */
  warm: Summary;
  /** Distinct uncaught page errors, console errors and failed opens seen. */
  errors: string[];
  /** Why nothing was measured (e.g. the loader is not built). */
  unavailable?: string;
}

/** How long an open or a close may take before the attempt counts as failed. */
const DEADLINE_MS = 10_000;

/**
 * In the page: clicks the opener, waits until the dialog is in the popup's shadow tree, then for the
 * next animation frame (the one that paints it); closes it again. Evaluates to the milliseconds, or
 * throws when the popup does not open or close within the deadline. Kept as source text because the
 * bench runs through a TypeScript loader that would add helpers the page does not have to a function's body.
 */
const OPEN_ONCE = `(async () => {
  const host = () => document.querySelector('[data-rujuk-popup]')?.shadowRoot;
  const until = (shown, what) => new Promise((done, fail) => {
    const end = performance.now() + ${DEADLINE_MS};
    const check = () => {
      if (!!host()?.querySelector('[role="dialog"]') === shown) done();
      else if (performance.now() > end) fail(new Error('the popup did not ' + what + ' within ${DEADLINE_MS / 1000} s'));
      else requestAnimationFrame(check);
    };
    check();
  });
  const start = performance.now();
  document.querySelector('[data-rujuk-open]').click();
  await until(true, 'open');
  await new Promise((done) => requestAnimationFrame(done));
  const elapsed = performance.now() - start;
  window.rujuk('close');
  await until(false, 'close');
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
  let failed = 0;
  // Two failed first opens in a row mean a broken build: stop instead of waiting out every deadline.
  for (let i = 0; i < opens && failed < 2; i++) {
    const context = await visitorContext(browser);
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.add(error.message));
      // The widget reports its own failures on the console rather than throwing into the page.
      page.on('console', (message) => {
        if (message.type() === 'error') errors.add(message.text().split('\n')[0]!);
      });
      await page.goto(pageUrl, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 2000 })));
      const open = () =>
        page.evaluate<number>(OPEN_ONCE).then(
          (ms) => ms,
          (error: Error) => void errors.add(error.message.split('\n')[0]!),
        );
      const first = await open();
      if (first === undefined) {
        failed++;
        continue;
      }
      failed = 0;
      cold.push(first);
      const second = await open();
      if (second !== undefined) warm.push(second);
    } finally {
      await context.close();
    }
  }
  return { cold: summarize(cold), warm: summarize(warm), errors: [...errors] };
}
