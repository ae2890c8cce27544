import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, startBackend } from '../support/backend.js';
import { launchBrowser } from '../support/browser.js';
import { type StaticSite, serveStatic } from '../support/static-server.js';
import { widgetPage } from './page.js';

const OPENS = 25;

describe('how fast the popup opens', () => {
  let backend: Backend;
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    [backend, site, browser] = await Promise.all([startBackend(), serveStatic(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close(), backend?.close()]);
  });

  it(`is visible within 50 ms of the click (median of ${OPENS} opens, UI chunk cached)`, async () => {
    site.setPage(
      '/speed.html',
      widgetPage(backend, { body: '<button type="button" data-rujuk-open>Refer a friend</button>' }),
    );
    const page = await browser.newPage();
    await page.goto(`http://shop.test:${site.port}/speed.html`);
    // The first open downloads the UI chunk and the program; every later open is what a visitor feels again.
    const first = await page.evaluate(measureOpen);
    const times: number[] = [];
    for (let i = 0; i < OPENS; i++) times.push(await page.evaluate(measureOpen));
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(
      `popup open: first ${first.toFixed(1)} ms (chunk download), then median ${median.toFixed(1)} ms, ` +
        `p90 ${times[Math.floor(times.length * 0.9)]!.toFixed(1)} ms over ${OPENS} opens`,
    );
    expect(median).toBeLessThan(50);
    await page.close();
  });
});

/** In the page: clicks the opener, waits for the frame that paints the dialog, closes it; returns the milliseconds. */
async function measureOpen(): Promise<number> {
  const host = () => document.querySelector('[data-rujuk-popup]')?.shadowRoot;
  const opener = document.querySelector<HTMLElement>('[data-rujuk-open]')!;
  const start = performance.now();
  opener.click();
  await new Promise<void>((done) => {
    const check = () => (host()?.querySelector('[role="dialog"]') ? done() : requestAnimationFrame(check));
    check();
  });
  // The dialog is in the tree; the next animation frame is the one that paints it.
  await new Promise((done) => requestAnimationFrame(done));
  const elapsed = performance.now() - start;
  await (window as unknown as { rujuk: (command: string) => Promise<void> }).rujuk('close');
  await new Promise<void>((done) => {
    const check = () => (host()?.querySelector('[role="dialog"]') ? requestAnimationFrame(check) : done());
    check();
  });
  return elapsed;
}
