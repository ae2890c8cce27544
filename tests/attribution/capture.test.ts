import { beforeAll, describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser.js';
import { expectNothingFor } from '../support/expect-nothing.js';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait.js';
import {
  ALLOWED_ORIGINS,
  clickIdOf,
  clicksFor,
  HUMAN_UA,
  humanContext,
  landing,
  refCookie,
  snippetReady,
} from './fixtures.js';

describe('capturing a referral in a real browser', () => {
  const stack = useStack({ seed: true, config: { allowedOrigins: ALLOWED_ORIGINS } });
  beforeAll(() => {
    stack.site.setPage('/landing.html', landing(stack.backend));
  });

  it('stores rujuk_ref on the registrable domain with Path=/, SameSite=Lax and a 90-day lifetime, and reports one click', async () => {
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`http://app.shop.test:${stack.site.port}/landing.html?ref=anna42`);
    const cookie = await waitFor(() => refCookie(context), Boolean, { what: 'the rujuk_ref cookie' });
    expect(cookie).toMatchObject({ domain: '.shop.test', path: '/', sameSite: 'Lax', secure: false, httpOnly: false });
    expect(cookie!.value).toMatch(/^1\.ANNA42\.[\w-]{8,64}\.[a-z0-9]+$/);
    const days = (cookie!.expires - Date.now() / 1000) / 86400;
    expect(days).toBeGreaterThan(89.9);
    // Firefox rounds a cookie's expiry up to the next whole second.
    expect(days).toBeLessThanOrEqual(90 + 1 / 86_400);
    const clicks = await waitFor(
      () => clicksFor(stack.backend, clickIdOf(cookie)),
      (items) => items.length > 0,
    );
    expect(clicks).toMatchObject([{ code: 'ANNA42', clickId: clickIdOf(cookie) }]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('counts a reload and a second tab on the same link once', async () => {
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    await page.goto(`${stack.site.url}/landing.html?ref=BUDI77`);
    const first = await waitFor(() => refCookie(context), Boolean);
    await page.reload();
    const second = await context.newPage();
    await second.goto(`${stack.site.url}/landing.html?ref=BUDI77`);
    const clicks = () => clicksFor(stack.backend, clickIdOf(first));
    await expectNothingFor('second click', {
      // Both tabs have read their URL (capture runs as the snippet starts) and the first click is stored.
      after: async () => {
        await Promise.all([page.waitForFunction(snippetReady), second.waitForFunction(snippetReady)]);
        await waitFor(clicks, (items) => items.length > 0);
      },
      probe: clicks,
      happened: (items) => items.length > 1,
      ms: 500,
    });
    expect(clickIdOf(await refCookie(context))).toBe(clickIdOf(first));
    expect(await clicks()).toHaveLength(1);
    await context.close();
  });

  it('replaces the referral under last-click attribution and keeps it under first-click', async () => {
    stack.site.setPage('/first.html', landing(stack.backend, 'data-attribution="first"'));
    for (const [path, expected] of [
      ['/landing.html', 'CHEN88'],
      ['/first.html', 'ANNA42'],
    ] as const) {
      const context = await humanContext(stack.browser);
      const page = await context.newPage();
      await page.goto(`${stack.site.url}${path}?ref=ANNA42`);
      await waitFor(() => refCookie(context), Boolean);
      await page.goto(`${stack.site.url}${path}?ref=CHEN88`);
      await page.waitForFunction(() => (window as { rujuk?: { h?: object } }).rujuk?.h);
      expect((await refCookie(context))!.value.split('.')[1]).toBe(expected);
      await context.close();
    }
  });

  it('ignores markup and a 10 KB value: nothing stored, nothing echoed', async () => {
    for (const value of ['<script>alert(1)</script>', 'A'.repeat(10_240)]) {
      const context = await humanContext(stack.browser);
      const page = await context.newPage();
      const errors = watchErrors(page);
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await page.goto(`${stack.site.url}/landing.html?ref=${encodeURIComponent(value)}`);
      await page.waitForFunction(() => (window as { rujuk?: { h?: object } }).rujuk?.h);
      expect(await page.evaluate(() => window.rujuk('referral'))).toBeNull();
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      expect(await page.evaluate(() => document.body.innerHTML)).not.toContain('alert');
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('does not count bots: a crawler user agent or navigator.webdriver', async () => {
    const crawler = await stack.browser.newContext({
      userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    });
    const automated = await stack.browser.newContext({ userAgent: HUMAN_UA });
    await automated.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => true });
    });
    for (const context of [crawler, automated]) {
      const page = await context.newPage();
      await page.goto(`${stack.site.url}/landing.html?ref=ANNA42`);
      await page.waitForFunction(() => (window as { rujuk?: { h?: object } }).rujuk?.h);
      expect(await refCookie(context)).toBeUndefined();
      expect(await page.evaluate(() => window.rujuk('referral'))).toBeNull();
      await context.close();
    }
  });

  it('does not capture a participant visiting their own link', async () => {
    stack.site.setPage('/own.html', landing(stack.backend, '', { before: "rujuk('identify', { code: 'anna42' })" }));
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    await page.goto(`${stack.site.url}/own.html?ref=ANNA42`);
    await page.waitForFunction(() => (window as { rujuk?: { h?: object } }).rujuk?.h);
    expect(await refCookie(context)).toBeUndefined();
    await context.close();
  });

  it('removes the referral parameters from the address bar with data-clean-url, keeping all others', async () => {
    stack.site.setPage('/clean.html', landing(stack.backend, 'data-clean-url'));
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    await page.goto(`${stack.site.url}/clean.html?utm_source=mail&ref=ANNA42&page=2#top`);
    await page.waitForFunction(() => !location.search.includes('ref='));
    expect(new URL(page.url()).search).toBe('?utm_source=mail&page=2');
    expect(new URL(page.url()).hash).toBe('#top');
    expect((await refCookie(context))?.value).toMatch(/^1\.ANNA42\./);
    await context.close();
  });
});

declare global {
  interface Window {
    rujuk: (command: string, ...args: unknown[]) => unknown;
  }
}
