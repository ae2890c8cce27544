// The Next.js example as a site owner deploys it: `next build`, then `next start`, its proxy making
// Rujuk first-party, visited in a real browser with an ad-blocker in front of it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personContext } from '../loop/demo.js';
import { type Backend, startBackend } from '../support/backend.js';
import { launchBrowser, watchErrors } from '../support/browser.js';
import { buildNextApp, type NextApp, startNextApp } from '../support/next-app.js';
import { blockLikeAnAdBlocker, joinAsReferrer, landingCookie, refWrites, watchCookieWrites } from './visitor.js';

const appDir = new URL('../../examples/first-party-next/', import.meta.url);

describe('first-party mode in a Next.js app', () => {
  let backend: Backend;
  let browser: Browser;
  let app: NextApp;

  beforeAll(async () => {
    [backend, browser] = await Promise.all([startBackend(), launchBrowser()]);
    const env = { RUJUK_API_URL: backend.url, NEXT_PUBLIC_RUJUK_KEY: backend.publishableKey };
    // The publishable key is inlined into the pages at build time, so the app is built for this backend.
    await buildNextApp(appDir, env);
    app = await startNextApp(appDir, env);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([app?.close(), browser?.close(), backend?.close()]);
  });

  it('records the click, the sign-up and the purchase with the backend host and vendor paths blocked', async () => {
    const code = await joinAsReferrer(backend, 'anna.next@example.com');
    const context = await personContext(browser);
    const blocked = await blockLikeAnAdBlocker(context, backend);
    await watchCookieWrites(context);
    const page = await context.newPage();
    const errors = watchErrors(page);

    const landing = await page.goto(`${app.url}/?ref=${code.toLowerCase()}`);
    const setCookie = await landing!.headerValue('set-cookie');
    expect(setCookie).toMatch(landingCookie(code));
    // The page is prerendered, and cacheable by a CDN for everyone else; not with this visitor's cookie.
    expect(await landing!.headerValue('cache-control')).toBe('private, no-cache');
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'rujuk_ref');
    expect(cookie!.value).toBe(setCookie!.split(';')[0]!.slice('rujuk_ref='.length));
    // 90 days from now, give or take the test's own minute.
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(90 * 864e5 - 60_000);
    const clickId = cookie!.value.split('.')[2];
    // The snippet started on the landing, found the server's cookie and left it alone.
    await page.evaluate(
      () =>
        new Promise((done) =>
          (window as unknown as { rujuk: (c: string, f: (value?: unknown) => void) => void }).rujuk('ready', done),
        ),
    );
    expect(await refWrites(page)).toEqual([]);

    await page.getByRole('link', { name: 'Sign up' }).click();
    await page.getByLabel('Email').fill('ben.next@example.com');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Welcome! Your sign-up is recorded.');
    expect(await refWrites(page)).toEqual([]);

    const product = await page.goto(`${app.url}/product`);
    // Every page renews the cookie from the server.
    expect(await product!.headerValue('set-cookie')).toMatch(new RegExp(`^rujuk_ref=1\\.${code}\\.${clickId}\\.`));
    expect(await product!.headerValue('cache-control')).toBe('private, no-cache');
    await page.getByRole('button', { name: 'Buy now' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Thank you! Order K-\w+ is recorded\.$/);
    expect(await refWrites(page)).toEqual([]);

    const clicks = await backend.secret<{ items: { clickId: string }[] }>(`/v1/clicks?code=${code}`);
    expect(clicks.items.map((click) => click.clickId)).toEqual([clickId]);
    const conversions = await backend.secret<{
      items: { event: string; referrerCode: string; clickId: string; amount: number | null }[];
    }>(`/v1/conversions?referrerCode=${code}`);
    expect(conversions.items.map((c) => [c.event, c.referrerCode, c.clickId, c.amount]).sort()).toEqual([
      ['purchase', code, clickId, 2400],
      ['signup', code, clickId, null],
    ]);
    // Nothing was blocked because nothing asked for a blocked host or path.
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the widget from the app origin and joins a new referrer through it', async () => {
    const context = await personContext(browser);
    const blocked = await blockLikeAnAdBlocker(context, backend);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const home = await page.goto(app.url);
    // Without a referral there is no cookie, and the prerendered page stays cacheable.
    expect(await home!.headerValue('set-cookie')).toBeNull();
    expect(await home!.headerValue('cache-control')).toMatch(/^s-maxage=\d+$/);

    await page.getByRole('button', { name: 'Refer a friend' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill('cara.next@example.com');
    await dialog.getByRole('button', { name: 'Get my link' }).click();
    const link = dialog.getByLabel('Your referral link');
    await link.waitFor();
    const code = new URL(await link.inputValue()).searchParams.get('ref');

    const participants = await backend.secret<{ items: { code: string }[] }>(
      '/v1/participants?email=cara.next@example.com',
    );
    expect(participants.items.map((item) => item.code)).toEqual([code]);
    // The widget's files and calls all went to the app's own origin.
    const rujuk = requests.filter((url) => new URL(url).pathname.startsWith('/_rujuk/'));
    expect(rujuk).toEqual(expect.arrayContaining([`${app.url}/_rujuk/widget.global.js`]));
    expect(rujuk.some((url) => url.includes('/_rujuk/v1/participants'))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(`${app.url}/`))).toEqual([]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
