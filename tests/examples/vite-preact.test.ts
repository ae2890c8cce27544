import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, startBackend } from '../support/backend.js';
import { launchBrowser, watchErrors } from '../support/browser.js';
import { type StaticSite, serveStatic } from '../support/static-server.js';

const exampleDir = fileURLToPath(new URL('../../examples/vite-preact/', import.meta.url));
// Inside the repository (so the static server serves it) and git-ignored.
const outDir = fileURLToPath(new URL('../artifacts/vite-preact-dist/', import.meta.url));

describe('the vite-preact example', () => {
  let backend: Backend;
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    [backend, site, browser] = await Promise.all([startBackend(), serveStatic(), launchBrowser()]);
    // Built as a developer would deploy it, pointed at this test's backend.
    process.env.VITE_RUJUK_API_URL = backend.url;
    process.env.VITE_RUJUK_PUBLISHABLE_KEY = backend.publishableKey;
    try {
      await build({ root: exampleDir, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    } finally {
      delete process.env.VITE_RUJUK_API_URL;
      delete process.env.VITE_RUJUK_PUBLISHABLE_KEY;
    }
  }, 120_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close(), backend?.close()]);
  });

  it('joins through the SDK stores, shows the same link in the widget, and follows a purchase to a reward', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}/tests/artifacts/vite-preact-dist/index.html`);

    await page.getByLabel('Name').fill('Anna');
    await page.getByLabel('Email').fill('anna.vite@example.com');
    await page.getByRole('button', { name: 'Join' }).click();
    const shareUrl = page.getByTestId('share-url');
    await expect.poll(() => shareUrl.textContent()).toMatch(/\?ref=ANNA\d*$/);
    const link = (await shareUrl.textContent())!;
    const code = new URL(link).searchParams.get('ref')!;
    expect(await page.getByTestId('conversions').textContent()).toBe('0');

    // The widget, mounted after the join, is signed in as the same participant.
    await expect.poll(() => page.getByTestId('share-widget').getByLabel('Your referral link').inputValue()).toBe(link);

    // The shop's server confirms a friend's purchase; the app's own card follows it.
    await backend.secret('/v1/conversions', {
      method: 'POST',
      body: JSON.stringify({
        event: 'purchase',
        idempotencyKey: 'purchase:vite-1',
        referral: { code },
        customer: { email: 'friend.vite@example.com' },
        amount: 1200,
        currency: 'USD',
        orderId: 'vite-1',
      }),
    });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => page.getByTestId('conversions').textContent()).toBe('1');
    expect(await page.getByTestId('rewards').textContent()).toBe('1');
    expect(await page.getByTestId('tier').textContent()).toContain('2 more to Silver');

    // The header button opens Rujuk's popup with the app's own title.
    await page.getByRole('button', { name: 'Invite friends' }).click();
    await expect
      .poll(() => page.getByRole('dialog').getByRole('heading', { level: 2 }).textContent())
      .toBe('Give a month, get a month');
    await page.screenshot({ path: new URL('../artifacts/vite-preact.png', import.meta.url).pathname });
    expect(errors).toEqual([]);
    await page.close();
  });
});
