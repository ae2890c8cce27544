import { beforeAll, describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser.js';
import { engine, noRequestBodies } from '../support/engine.js';
import { expectNothingFor } from '../support/expect-nothing.js';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait.js';
import { ALLOWED_ORIGINS, clickIdOf, clicksFor, humanContext, landing, refCookie, snippetReady } from './fixtures.js';

describe('forms, enrolment and sister domains in a real browser', () => {
  const stack = useStack({ seed: true, config: { allowedOrigins: ALLOWED_ORIGINS } });
  beforeAll(() => {
    stack.site.setPage('/thanks.html', '<!doctype html><title>thanks</title>');
  });

  it('gives <form data-rujuk> a hidden rujuk_ref input, including forms added after load, and submits it', async () => {
    stack.site.setPage(
      '/signup.html',
      landing(stack.backend, '', {
        body: '<form id="early" data-rujuk action="/thanks.html"><input name="email"></form><form id="plain"></form>',
      }),
    );
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${stack.site.url}/signup.html?ref=BUDI77`);
    const cookie = await waitFor(() => refCookie(context), Boolean);
    await page.waitForFunction(() => document.querySelector('#early [name=rujuk_ref]'));
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<form id="late" data-rujuk action="/thanks.html"></form>');
    });
    await page.waitForFunction(() => document.querySelector('#late [name=rujuk_ref]'));
    const inputs = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('[name=rujuk_ref]')].map((input) => [
        input.form!.id,
        input.type,
        input.value,
      ]),
    );
    expect(inputs).toEqual([
      ['early', 'hidden', cookie!.value],
      ['late', 'hidden', cookie!.value],
    ]);
    await Promise.all([
      page.waitForURL(/thanks/),
      page.evaluate(() => (document.querySelector('#late') as HTMLFormElement).submit()),
    ]);
    expect(new URL(page.url()).searchParams.get('rujuk_ref')).toBe(cookie!.value);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('enrols the submitter of <form data-rujuk-join> as a referred participant without blocking the submission', async () => {
    const email = `friend-${Date.now()}@example.org`;
    stack.site.setPage(
      '/join.html',
      landing(stack.backend, '', {
        body: `<form data-rujuk-join action="/thanks.html"><input type="email" name="contact"><input name="name"><button>Join</button></form>`,
      }),
    );
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${stack.site.url}/join.html?ref=ANNA42`);
    await page.waitForFunction(snippetReady);
    await page.fill('[name=contact]', email);
    await page.fill('[name=name]', 'Friend Example');
    await Promise.all([page.waitForURL(/thanks/), page.click('button')]);
    expect(new URL(page.url()).searchParams.get('contact')).toBe(email);
    const found = await waitFor(
      () =>
        stack.backend.secret<{ items: { referredBy: string | null; name: string | null }[] }>(
          `/v1/participants?email=${email}`,
        ),
      (page) => page.items.length > 0,
    );
    expect(found.items).toMatchObject([{ referredBy: 'ANNA42', name: 'Friend Example' }]);
    expect(errors).toEqual([]);
    await context.close();
  });

  // Reads the request bodies the page sent, which the driver withholds in Firefox.
  it.skipIf(noRequestBodies)(
    'keeps the token of a join whose answer was lost, by sending it again from the next page',
    async () => {
      const email = `lost-${Date.now()}@example.org`;
      stack.site.setPage('/member.html', landing(stack.backend));
      const context = await humanContext(stack.browser);
      const keys: string[] = [];
      let first = true;
      // The backend handles the first join, but its answer never reaches the page.
      await context.route('**/v1/participants?*', async (route) => {
        keys.push(JSON.parse(route.request().postData()!).idempotencyKey);
        if (!first) return route.continue();
        first = false;
        await route.fetch();
        await route.abort('connectionreset');
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${stack.site.url}/member.html?ref=ANNA42`);
      await page.waitForFunction(snippetReady);
      await page.evaluate((email) => void window.rujuk('join', { email }), email);
      const participants = () =>
        stack.backend.secret<{ items: { referredBy: string | null }[] }>(`/v1/participants?email=${email}`);
      await waitFor(participants, (page) => page.items.length > 0);
      // The page goes away before its retry: the join waits in storage for the next page.
      await page.close();
      const next = await context.newPage();
      const nextErrors = watchErrors(next);
      await next.goto(`${stack.site.url}/member.html`);
      const token = await waitFor(() => next.evaluate(() => localStorage.getItem('rujuk_token')), Boolean);
      const me = await next.evaluate(
        async ([api, key, token]) =>
          (await fetch(`${api}/v1/participants/me?key=${key}`, { headers: { 'X-Rujuk-Token': token! } })).json(),
        [stack.backend.url, stack.backend.publishableKey, token] as const,
      );
      expect(me.participant.email).toBe(email);
      // WebKit runs beforeunload when a tab closes, and the snippet's unload flush sends the waiting join
      // once more by beacon, whose answer no page can read: a third send under the same key.
      expect(keys).toHaveLength(engine === 'webkit' ? 3 : 2);
      expect(new Set(keys)).toEqual(new Set([keys[0]]));
      expect((await participants()).items).toMatchObject([{ referredBy: 'ANNA42' }]);
      expect(await next.evaluate(() => localStorage.getItem('rujuk_queue'))).toBeNull();
      // The browser logs the dropped answer itself; the snippet throws and logs nothing.
      expect([...errors, ...nextErrors].filter((error) => !error.includes('Failed to load resource'))).toEqual([]);
      await context.close();
    },
  );

  it('carries the referral to a sister domain through links (also ones added later), keeping the same click', async () => {
    const port = stack.site.port;
    stack.site.setPage(
      '/from.html',
      landing(stack.backend, 'data-domains="blog.test"', {
        body: `<a id="sister" href="http://blog.test:${port}/to.html?x=1">blog</a><a id="other" href="http://other.test:${port}/to.html">other</a>`,
      }),
    );
    stack.site.setPage('/to.html', landing(stack.backend, 'data-domains="shop.test"'));
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`http://shop.test:${port}/from.html?ref=ANNA42`);
    const origin = await waitFor(() => refCookie(context), Boolean);
    await page.waitForFunction(() =>
      (document.querySelector('#sister') as HTMLAnchorElement).href.includes('rujuk_ref'),
    );
    await page.evaluate((port) => {
      document.body.insertAdjacentHTML(
        'beforeend',
        `<a id="late" href="http://www.blog.test:${port}/to.html">later</a>`,
      );
    }, port);
    await page.waitForFunction(() => (document.querySelector('#late') as HTMLAnchorElement).href.includes('rujuk_ref'));
    expect(await page.getAttribute('#other', 'href')).toBe(`http://other.test:${port}/to.html`);
    expect(await page.getAttribute('#sister', 'href')).toBe(
      `http://blog.test:${port}/to.html?x=1&rujuk_ref=${encodeURIComponent(origin!.value)}`.replace(/%2E/g, '.'),
    );
    await Promise.all([page.waitForURL(/blog\.test/), page.click('#sister')]);
    const arrived = await waitFor(
      async () => (await context.cookies(`http://blog.test:${port}`)).find((cookie) => cookie.name === 'rujuk_ref'),
      Boolean,
    );
    expect(arrived!.domain).toBe('.blog.test');
    expect(arrived!.value).toBe(origin!.value);
    const clicks = () => clicksFor(stack.backend, clickIdOf(origin));
    await expectNothingFor('second click from the sister domain', {
      // The sister domain's snippet has run (it stored the cookie above) and the landing's click is stored.
      after: async () => {
        await page.waitForFunction(snippetReady);
        await waitFor(clicks, (items) => items.length > 0);
      },
      probe: clicks,
      happened: (items) => items.length > 1,
      ms: 500,
    });
    expect(await clicks()).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
