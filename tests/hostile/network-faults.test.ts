import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { humanContext, snippetReady } from '../attribution/fixtures.js';
import { noRequestBodies } from '../support/engine.js';
import { waitFor } from '../support/wait.js';
import {
  abort,
  answer,
  delayAnswer,
  delayRequest,
  type Fault,
  hang,
  type InjectedFault,
  injectFault,
  loseAnswer,
} from './support/faults.js';
import {
  freshReferrer,
  type HostileSite,
  orderIdFor,
  pageErrors,
  queueDrained,
  recordRujukErrors,
  shopPage,
  sleep,
  startHostileSite,
} from './support/hostile-site.js';
import { exactlyOnce, Ledger } from './support/ledger.js';
import { FULL, pick } from './support/mode.js';

/**
 * Answers each conversion's first request with 503 and `Retry-After: 4`, lets later ones through, and
 * records when every request was made, by idempotency key.
 */
async function retryAfterOnce(context: BrowserContext): Promise<Map<string, number[]>> {
  const sent = new Map<string, number[]>();
  await context.route(/\/v1\/conversions/, async (route) => {
    const key = JSON.parse(route.request().postData() ?? '{}').idempotencyKey as string;
    const times = [...(sent.get(key) ?? []), Date.now()];
    sent.set(key, times);
    if (times.length > 1) return route.continue();
    return route.fulfill({
      status: 503,
      headers: {
        'access-control-allow-origin': '*',
        'access-control-expose-headers': 'retry-after',
        'retry-after': '4',
      },
      body: '{}',
    });
  });
  return sent;
}

interface FaultCase {
  name: string;
  fault: Fault;
  /** How many requests per endpoint meet the fault; `Infinity` until it is lifted after `liftAfterMs`. */
  times: number;
  liftAfterMs?: number;
}

const faults: FaultCase[] = [
  { name: '500 Internal Server Error, twice', fault: answer(500), times: 2 },
  {
    name: '502 Bad Gateway from a proxy (HTML, no CORS headers), twice',
    fault: answer(502, { html: true, withCors: false }),
    times: 2,
  },
  { name: '503 Service Unavailable without Retry-After, twice', fault: answer(503), times: 2 },
  { name: '503 Service Unavailable with Retry-After: 2', fault: answer(503, { retryAfter: 2 }), times: 1 },
  { name: '429 Too Many Requests with Retry-After: 1', fault: answer(429, { retryAfter: 1 }), times: 1 },
  { name: 'connection refused: the backend is down, twice', fault: abort('connectionrefused'), times: 2 },
  { name: 'connection reset before the request arrives, twice', fault: abort('connectionreset'), times: 2 },
  { name: 'connection reset after the backend stored the event', fault: loseAnswer, times: 1 },
  {
    name: `every request held ${pick(3, 10)} s before it reaches the backend`,
    fault: delayRequest(pick(3000, 10_000)),
    times: 1,
  },
  ...(FULL
    ? [
        {
          name: 'answers lost past the 15 s timeout after the backend stored the event',
          fault: delayAnswer(16_000),
          times: 1,
        },
        {
          name: 'the backend down for 30 s, every request refused',
          fault: abort('connectionrefused'),
          times: Number.POSITIVE_INFINITY,
          liftAfterMs: 30_000,
        },
      ]
    : []),
];

// Independent contexts on one backend: the scenarios run side by side, as many shoppers would.
describe.concurrent('network faults between the snippet and the backend: every click and conversion recorded exactly once', () => {
  let world: HostileSite;

  beforeAll(async () => {
    world = await startHostileSite();
    world.site.setPage('/shop.html', shopPage(world.backend));
  });
  afterAll(() => world?.close());

  /** A human-looking context whose shop page landed from a fresh referrer's link. */
  async function land(context: BrowserContext, code: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${world.site.url}/shop.html?ref=${code}`);
    await page.waitForFunction(snippetReady);
    return page;
  }

  const convert = (page: Page, orderId: string) =>
    page.evaluate((orderId) => {
      window.rujuk('convert', {
        event: 'purchase',
        amount: 4999,
        currency: 'USD',
        orderId,
        email: 'buyer@example.org',
      });
    }, orderId);

  it.for(faults)('$name', async ({ fault, times, liftAfterMs }, { task, expect }) => {
    const ledger = new Ledger(world.backend);
    const code = await freshReferrer(world.backend);
    const context = await humanContext(world.browser);
    const injected: InjectedFault = await injectFault(context, world.backend.url, fault, { times });
    const page = await context.newPage();
    const errors = pageErrors(page);
    const rujukErrors = await recordRujukErrors(page);
    await page.goto(`${world.site.url}/shop.html?ref=${code}`);
    ledger.click(code);
    await page.waitForFunction(snippetReady);
    const orderId = orderIdFor('fault');
    await convert(page, orderId);
    ledger.conversion(orderId);
    if (liftAfterMs) {
      await sleep(liftAfterMs);
      await injected.lift();
    }
    await page.waitForFunction(queueDrained, undefined, { timeout: pick(30_000, 120_000) });
    expect(await ledger.settle(task)).toEqual(exactlyOnce(2));
    // The fault really was in the way of both the click and the conversion.
    expect(injected.faulted).toMatchObject({ clicks: expect.any(Number), conversions: expect.any(Number) });
    expect(errors.list()).toEqual([]);
    expect(await rujukErrors()).toEqual([]);
    await context.close();
  });

  it.for([
    { name: '503', fault: answer(503) },
    { name: 'a reset connection', fault: abort('connectionreset') },
    { name: 'an answer lost after the backend stored the join', fault: loseAnswer },
  ])(
    'lets a person join through the widget again after $name, and enrols them once',
    async ({ fault }, { task, expect }) => {
      world.site.setPage('/widget-shop.html', shopPage(world.backend, { widget: true }));
      const ledger = new Ledger(world.backend);
      const context = await humanContext(world.browser);
      const page = await context.newPage();
      const errors = pageErrors(page);
      await page.goto(`${world.site.url}/widget-shop.html`);
      await page.waitForFunction(snippetReady);
      await injectFault(context, world.backend.url, fault, { times: 1, endpoints: ['participants'] });
      await page.evaluate(() => window.rujuk('open'));
      const dialog = page.getByRole('dialog');
      const email = `${orderIdFor('widget-join').toLowerCase()}@hostile.example`;
      await dialog.locator('#rj-email').fill(email);
      await dialog.locator('button[type="submit"]').click();
      // The failure is said, and the form stays there to try again.
      await dialog.getByRole('alert').waitFor();
      await dialog.locator('button[type="submit"]').click();
      expect(await dialog.locator('#rj-link').inputValue()).toMatch(/\?ref=[A-Z0-9_-]+$/);
      ledger.join(email);
      expect(await ledger.settle(task)).toEqual(exactlyOnce(1));
      expect(errors.list()).toEqual([]);
      await context.close();
    },
  );

  it('waits at least as long as Retry-After before sending again', async ({ task, expect }) => {
    const ledger = new Ledger(world.backend);
    const context = await humanContext(world.browser);
    const page = await land(context, await freshReferrer(world.backend));
    const injected = await injectFault(context, world.backend.url, answer(503, { retryAfter: 3 }), {
      times: 1,
      endpoints: ['conversions'],
    });
    const orderId = orderIdFor('retry-after');
    await convert(page, orderId);
    ledger.conversion(orderId);
    await page.waitForFunction(queueDrained, undefined, { timeout: 30_000 });
    expect(await ledger.settle(task)).toEqual(exactlyOnce(1));
    const [first, second] = injected.arrivals.conversions!;
    expect(second! - first!).toBeGreaterThanOrEqual(2900);
    await context.close();
  });

  it(`delivers what was reported during ${pick('5 s', 'a minute')} offline, once the browser is back online`, async ({
    task,
    expect,
  }) => {
    const ledger = new Ledger(world.backend);
    const code = await freshReferrer(world.backend);
    const context = await humanContext(world.browser);
    const page = await context.newPage();
    const errors = pageErrors(page);
    const rujukErrors = await recordRujukErrors(page);
    await page.goto(`${world.site.url}/shop.html?ref=${code}`);
    await page.waitForFunction(snippetReady);
    ledger.click(code);
    await context.setOffline(true);
    const orderId = orderIdFor('offline');
    await convert(page, orderId);
    ledger.conversion(orderId);
    await sleep(pick(5000, 60_000));
    expect(await world.backend.secret<{ items: unknown[] }>(`/v1/conversions?orderId=${orderId}`)).toEqual({
      items: [],
      nextCursor: null,
    });
    await context.setOffline(false);
    await page.waitForFunction(queueDrained, undefined, { timeout: 30_000 });
    expect(await ledger.settle(task)).toEqual(exactlyOnce(2));
    expect(errors.list()).toEqual([]);
    expect(await rujukErrors()).toEqual([]);
    await context.close();
  });

  it('delivers a conversion whose page was closed mid-send exactly once, on the next page of the site', async ({
    task,
    expect,
  }) => {
    const ledger = new Ledger(world.backend);
    const code = await freshReferrer(world.backend);
    const context = await humanContext(world.browser);
    const page = await land(context, code);
    ledger.click(code);
    const injected = await injectFault(context, world.backend.url, hang);
    const orderId = orderIdFor('closed');
    await convert(page, orderId);
    ledger.conversion(orderId);
    await waitFor(
      () => injected.faulted.conversions ?? 0,
      (count) => count > 0,
      { what: 'the conversion to meet the hanging backend' },
    );
    // Closed like a person closes a tab: pagehide fires, and its beacon hangs like the rest.
    await page.close({ runBeforeUnload: true });
    expect(injected.faulted.conversions).toBeGreaterThan(0);
    await injected.lift();
    const next = await context.newPage();
    const errors = pageErrors(next);
    await next.goto(`${world.site.url}/shop.html`);
    await next.waitForFunction(queueDrained, undefined, { timeout: 30_000 });
    expect(await ledger.settle(task)).toEqual(exactlyOnce(2));
    expect(errors.list()).toEqual([]);
    await context.close();
  });

  it('records each order once when two tabs convert at once, the same order in both included, through a flaky backend', async ({
    task,
    expect,
  }) => {
    const ledger = new Ledger(world.backend);
    const code = await freshReferrer(world.backend);
    const context = await humanContext(world.browser);
    await injectFault(context, world.backend.url, answer(503), { times: 2 });
    const [a, b] = [await land(context, code), await land(context, code)];
    // The second tab landed with the same link: the same visit, one click.
    ledger.click(code);
    const [own, other, shared] = ['tab-a', 'tab-b', 'both-tabs'].map(orderIdFor) as [string, string, string];
    await Promise.all([convert(a, own), convert(b, other), convert(a, shared), convert(b, shared)]);
    for (const id of [own, other, shared]) ledger.conversion(id);
    for (const page of [a, b]) await page.waitForFunction(queueDrained, undefined, { timeout: 30_000 });
    expect(await ledger.settle(task)).toEqual(exactlyOnce(4));
    await context.close();
  });

  it('counts one visit once when the same link is opened in a second tab and reloaded, through a flaky backend', async ({
    task,
    expect,
  }) => {
    const ledger = new Ledger(world.backend);
    const code = await freshReferrer(world.backend);
    const context = await humanContext(world.browser);
    await injectFault(context, world.backend.url, abort('connectionreset'), { times: 1 });
    const first = await land(context, code);
    const second = await land(context, code);
    await second.reload();
    ledger.click(code);
    for (const page of [first, second]) await page.waitForFunction(queueDrained, undefined, { timeout: 30_000 });
    expect(await ledger.settle(task)).toEqual(exactlyOnce(1));
    await context.close();
  });

  // Found by this suite, since fixed: a conversion reported while another waited out its Retry-After sent the
  // waiting one again at once, long before the time the backend asked for.
  // Reads the request bodies the page sent, which the driver withholds in Firefox.
  it.skipIf(noRequestBodies)(
    'does not resend a conversion before its Retry-After when another conversion is reported meanwhile',
    async ({ expect }) => {
      const { backend, site } = world;
      site.setPage('/retry-after.html', shopPage(backend));
      const context = await humanContext(world.browser);
      const sent = await retryAfterOnce(context);
      const page = await context.newPage();
      await page.goto(`${site.url}/retry-after.html`);
      await page.waitForFunction(snippetReady);
      const first = orderIdFor('first');
      await page.evaluate((id) => void window.rujuk('convert', { event: 'signup', orderId: id }), first);
      await sleep(1000);
      await page.evaluate((id) => void window.rujuk('convert', { event: 'signup', orderId: id }), orderIdFor('second'));
      await page.waitForFunction(queueDrained, undefined, { timeout: 30_000 });
      const [asked, again] = sent.get(first)!;
      expect(again! - asked!).toBeGreaterThanOrEqual(3900);
      await context.close();
    },
  );

  // Found by this suite, since fixed: the queue pick-up in idle time after load sent a conversion reported
  // before load again at once, although it was waiting out the backend's Retry-After.
  // Reads the request bodies the page sent, which the driver withholds in Firefox.
  it.skipIf(noRequestBodies)(
    'does not resend a conversion reported before load before its Retry-After when the page has loaded',
    async ({ expect }) => {
      const { backend, site } = world;
      const id = orderIdFor('early');
      site.setPage(
        '/retry-after-early.html',
        shopPage(backend, {
          head: `<script>rujuk('convert', { event: 'signup', orderId: '${id}' })</script>`,
          // Held back, the image keeps the page loading while the backend's 503 arrives.
          body: '<img src="/held-back.png" alt="">',
        }),
      );
      const context = await humanContext(world.browser);
      const sent = await retryAfterOnce(context);
      await context.route(/\/held-back\.png$/, async (route) => {
        await sleep(1500);
        await route.fulfill({ status: 404 });
      });
      const page = await context.newPage();
      await page.goto(`${site.url}/retry-after-early.html`);
      await page.waitForFunction(queueDrained, undefined, { timeout: 30_000 });
      const [asked, again] = sent.get(id)!;
      expect(again! - asked!).toBeGreaterThanOrEqual(3900);
      await context.close();
    },
  );
});
