import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personContext } from '../loop/demo.js';
import { type Backend, startBackend } from '../support/backend.js';
import { launchBrowser, watchErrors } from '../support/browser.js';
import { type StaticSite, serveStatic } from '../support/static-server.js';
import { blockLikeAnAdBlocker, joinAsReferrer, landingCookie, refWrites, watchCookieWrites } from './visitor.js';

interface Shop {
  url: string;
  close(): Promise<void>;
}

describe('first-party mode in an Express shop', () => {
  let backend: Backend;
  let browser: Browser;
  let shop: Shop;
  let site: StaticSite;

  beforeAll(async () => {
    [backend, browser, site] = await Promise.all([startBackend(), launchBrowser(), serveStatic()]);
    const module = (await import(
      new URL('../../examples/first-party-express/src/shop-server.mjs', import.meta.url).href
    )) as {
      startShop(options: Record<string, unknown>): Promise<Shop>;
    };
    shop = await module.startShop({
      apiUrl: backend.url,
      publishableKey: backend.publishableKey,
      secretKey: backend.secretKey,
      port: 0,
    });
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), shop?.close(), backend?.close(), site?.close()]);
  });

  const join = (email: string) => joinAsReferrer(backend, email);

  it('records the click, the sign-up and the purchase with the backend host and vendor paths blocked', async () => {
    const code = await join('anna.blocked@example.com');
    const context = await personContext(browser);
    const blocked = await blockLikeAnAdBlocker(context, backend);
    await watchCookieWrites(context);
    const page = await context.newPage();
    const errors = watchErrors(page);

    const landing = await page.goto(`${shop.url}/?ref=${code.toLowerCase()}`);
    const setCookie = await landing!.headerValue('set-cookie');
    expect(setCookie).toMatch(landingCookie(code));
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'rujuk_ref');
    expect(cookie!.value).toBe(setCookie!.split(';')[0]!.slice('rujuk_ref='.length));
    // 90 days from now, give or take the test's own minute.
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(90 * 864e5 - 60_000);
    const clickId = cookie!.value.split('.')[2];

    await page.goto(`${shop.url}/signup`);
    await page.getByLabel('Email').fill('ben.blocked@example.com');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect.poll(() => page.locator('#result').textContent()).toContain('recorded');

    await page.goto(`${shop.url}/product`);
    await page.getByRole('button', { name: 'Buy now' }).click();
    await expect.poll(() => page.locator('#result').textContent()).toContain('recorded');

    const clicks = await backend.secret<{ items: { clickId: string }[] }>(`/v1/clicks?code=${code}`);
    expect(clicks.items.map((click) => click.clickId)).toEqual([clickId]);
    const conversions = await backend.secret<{ items: { event: string; referrerCode: string; clickId: string }[] }>(
      `/v1/conversions?referrerCode=${code}`,
    );
    expect(conversions.items.map((c) => [c.event, c.referrerCode, c.clickId]).sort()).toEqual([
      ['purchase', code, clickId],
      ['signup', code, clickId],
    ]);
    // Nothing was blocked because nothing asked for a blocked host or path; and no script wrote the cookie.
    expect(blocked).toEqual([]);
    expect(await refWrites(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renews the cookie from the server on later pages, and a reload of the link is not a new click', async () => {
    const code = await join('anna.renew@example.com');
    const context = await personContext(browser);
    await watchCookieWrites(context);
    const page = await context.newPage();
    await page.goto(`${shop.url}/?ref=${code}`);
    const later = await page.goto(`${shop.url}/product`);
    expect(await later!.headerValue('set-cookie')).toMatch(new RegExp(`^rujuk_ref=1\\.${code}\\..*Max-Age=7776000$`));
    await page.goto(`${shop.url}/?ref=${code}`);
    // The snippet has started on the landing and found the same code stored: no rewrite, no click of its own.
    await page.evaluate(
      () =>
        new Promise((done) =>
          (window as unknown as { rujuk: (c: string, f: (value?: unknown) => void) => void }).rujuk('ready', done),
        ),
    );
    const clicks = await backend.secret<{ items: unknown[] }>(`/v1/clicks?code=${code}`);
    expect(clicks.items).toHaveLength(1);
    expect(await refWrites(page)).toEqual([]);
    await context.close();
  });

  it('leaves the snippet working as before without the middleware: it writes the cookie itself and reports the click', async () => {
    const code = await join('anna.plain@example.com');
    site.setPage(
      '/plain.html',
      `<!doctype html><title>Plain</title><script async src="/packages/attribution/dist/rujuk.global.js" data-key="${backend.publishableKey}" data-api="${backend.url}"></script>`,
    );
    const context = await personContext(browser);
    await watchCookieWrites(context);
    const page = await context.newPage();
    const landing = await page.goto(`${site.url}/plain.html?ref=${code}`);
    expect(await landing!.headerValue('set-cookie')).toBeNull();
    await expect.poll(() => refWrites(page)).toEqual([expect.stringMatching(new RegExp(`^rujuk_ref=1\\.${code}\\.`))]);
    await expect
      .poll(async () => (await backend.secret<{ items: unknown[] }>(`/v1/clicks?code=${code}`)).items.length)
      .toBe(1);
    await context.close();
  });
});
