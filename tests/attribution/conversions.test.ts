import { beforeAll, describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser.js';
import { expectNothingFor } from '../support/expect-nothing.js';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait.js';
import {
  ALLOWED_ORIGINS,
  BUNDLE,
  clickIdOf,
  conversionsFor,
  humanContext,
  landing,
  orderId,
  outageProxy,
  refCookie,
  STUB,
  snippetReady,
} from './fixtures.js';

describe('conversions from a real browser', () => {
  const stack = useStack({ seed: true, config: { allowedOrigins: ALLOWED_ORIGINS } });
  beforeAll(() => {
    stack.site.setPage('/shop.html', landing(stack.backend));
  });

  it('keeps calls made through the stub before the script loads and runs them in order, with the referral attached', async () => {
    const id = orderId('stub');
    stack.site.setPage(
      '/early.html',
      landing(stack.backend, '', {
        before: `window.log=[];rujuk('ready',function(){log.push('ready')});
rujuk('convert',{event:'purchase',amount:4999,currency:'USD',orderId:'${id}'},function(e,r){log.push(e?'error':'converted:'+r.duplicate)});`,
      }),
    );
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${stack.site.url}/early.html?ref=ANNA42`);
    await page.waitForFunction(() => (window as { log?: string[] }).log?.length === 2);
    expect(await page.evaluate(() => (window as { log?: string[] }).log)).toEqual(['ready', 'converted:false']);
    const cookie = await refCookie(context);
    expect(await conversionsFor(stack.backend, id)).toMatchObject([
      { orderId: id, referrerCode: 'ANNA42', clickId: clickIdOf(cookie), source: 'client', attributed: true },
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resolves the promise with the stored conversion, and a replay of the same order is counted once', async () => {
    const id = orderId('replay');
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    await page.goto(`${stack.site.url}/shop.html`);
    await page.waitForFunction(snippetReady);
    const convert = (order: string) =>
      page.evaluate(
        (order) => window.rujuk('convert', { event: 'purchase', amount: 1000, currency: 'usd', orderId: order }),
        order,
      );
    const first = (await convert(id)) as { duplicate: boolean; conversion: { orderId: string } };
    const second = (await convert(id)) as { duplicate: boolean };
    expect(first).toMatchObject({ duplicate: false, conversion: { orderId: id } });
    expect(second.duplicate).toBe(true);
    expect(await conversionsFor(stack.backend, id)).toHaveLength(1);
    await context.close();
  });

  it('delivers a conversion made while the backend is down exactly once after it recovers', async () => {
    const id = orderId('down');
    const context = await humanContext(stack.browser);
    let refused = 0;
    await context.route(`${stack.backend.url}/v1/conversions**`, (route) => {
      refused++;
      return route.fulfill({ status: 503, headers: { 'access-control-allow-origin': '*' }, body: '{}' });
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${stack.site.url}/shop.html?ref=ANNA42`);
    await page.waitForFunction(snippetReady);
    await page.evaluate((id) => {
      window.rujuk('convert', { event: 'purchase', amount: 2500, currency: 'EUR', orderId: id });
    }, id);
    // The first try and its retry both met the outage.
    await waitFor(
      () => refused,
      (count) => count >= 2,
      { what: 'a retry after a 503' },
    );
    expect(await page.evaluate(() => localStorage.getItem('rujuk_queue'))).toContain(id);
    expect(await conversionsFor(stack.backend, id)).toEqual([]);
    await context.unroute(`${stack.backend.url}/v1/conversions**`);
    await waitFor(
      () => conversionsFor(stack.backend, id),
      (items) => items.length > 0,
      { timeoutMs: 20_000 },
    );
    await expectNothingFor('second delivery', {
      after: () => page.waitForFunction(() => !localStorage.getItem('rujuk_queue')),
      probe: () => conversionsFor(stack.backend, id),
      happened: (items) => items.length > 1,
      ms: 500,
    });
    expect(await conversionsFor(stack.backend, id)).toHaveLength(1);
    // The browser itself logs each failed request; nothing else may reach the console or the page.
    expect(errors.filter((error) => !error.includes('Failed to load resource'))).toEqual([]);
    await context.close();
  });

  it('delivers a conversion made offline exactly once when the browser comes back online', async () => {
    const id = orderId('offline');
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    await page.goto(`${stack.site.url}/shop.html?ref=CHEN88`);
    await page.waitForFunction(snippetReady);
    await context.setOffline(true);
    const sent: string[] = [];
    page.on('request', (request) => request.url().includes('/v1/conversions') && sent.push(request.url()));
    await page.evaluate((id) => {
      window.rujuk('convert', {
        event: 'purchase',
        amount: 990,
        currency: 'USD',
        orderId: id,
        email: 'friend@example.org',
      });
    }, id);
    await expectNothingFor('delivery while offline', {
      // The conversion is queued and its first try has left for a network that is not there.
      after: async () => {
        await page.waitForFunction((id) => localStorage.getItem('rujuk_queue')?.includes(id), id);
        await waitFor(
          () => sent.length,
          (count) => count > 0,
          { what: 'a try while offline' },
        );
      },
      probe: () => conversionsFor(stack.backend, id),
      happened: (items) => items.length > 0,
      ms: 500,
    });
    expect(await page.evaluate(() => localStorage.getItem('rujuk_queue'))).toContain(id);
    expect(await conversionsFor(stack.backend, id)).toEqual([]);
    await context.setOffline(false);
    await waitFor(
      () => conversionsFor(stack.backend, id),
      (items) => items.length > 0,
    );
    await expectNothingFor('second delivery', {
      after: () => page.waitForFunction(() => !localStorage.getItem('rujuk_queue')),
      probe: () => conversionsFor(stack.backend, id),
      happened: (items) => items.length > 1,
      ms: 1000,
    });
    expect(await conversionsFor(stack.backend, id)).toMatchObject([{ orderId: id, referrerCode: 'CHEN88' }]);
    await context.close();
  });

  it('delivers a conversion whose page was closed before the backend answered, exactly once, on the next page load', async () => {
    const id = orderId('closed');
    const proxy = await outageProxy(stack.backend.url);
    stack.site.setPage('/proxied.html', landing({ ...stack.backend, url: proxy.url }));
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    await page.goto(`${stack.site.url}/proxied.html?ref=MARIA10`);
    await page.waitForFunction(snippetReady);
    proxy.state.down = true;
    await page.evaluate((id) => {
      window.rujuk('convert', { event: 'purchase', amount: 500, currency: 'USD', orderId: id });
    }, id);
    const conversionsRefused = () => proxy.state.refused.filter((request) => request.includes('/v1/conversions'));
    await waitFor(conversionsRefused, (refused) => refused.length > 0, { what: 'the first try meeting the outage' });
    await expectNothingFor('delivery during the outage', {
      // Closed like a person closes a tab: pagehide fires and its beacon meets the outage too.
      after: () => Promise.all([page.waitForEvent('close'), page.close({ runBeforeUnload: true })]),
      probe: () => conversionsFor(stack.backend, id),
      happened: (items) => items.length > 0,
      ms: 1000,
    });
    expect(await conversionsFor(stack.backend, id)).toEqual([]);
    proxy.state.down = false;
    const next = await context.newPage();
    await next.goto(`${stack.site.url}/proxied.html`);
    await waitFor(
      () => conversionsFor(stack.backend, id),
      (items) => items.length > 0,
    );
    await next.waitForFunction(() => !localStorage.getItem('rujuk_queue'));
    // Reload: nothing is left to send, so nothing is counted twice.
    await next.reload();
    await expectNothingFor('second delivery after a reload', {
      after: () => next.waitForFunction(snippetReady),
      probe: () => conversionsFor(stack.backend, id),
      happened: (items) => items.length > 1,
      ms: 1000,
    });
    expect(await conversionsFor(stack.backend, id)).toMatchObject([{ orderId: id, referrerCode: 'MARIA10' }]);
    await context.close();
    await proxy.close();
  });

  it('sends a conversion reported before idle time on a page without a query, even when the page leaves at once', async () => {
    const id = orderId('leaving');
    stack.site.setPage(
      '/leaving.html',
      `<!doctype html>${STUB}<script src="${BUNDLE}" data-key="${stack.backend.publishableKey}" data-api="${stack.backend.url}"></script>
<script>window.early = rujuk('referral');
rujuk('convert', { event: 'purchase', amount: 100, currency: 'USD', orderId: '${id}' });
location.href = '/thanks.html';</script>`,
    );
    stack.site.setPage('/thanks.html', '<!doctype html><title>thanks</title>');
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    await page.goto(`${stack.site.url}/leaving.html`);
    await page.waitForURL(/thanks/);
    await waitFor(
      () => conversionsFor(stack.backend, id),
      (items) => items.length > 0,
    );
    await context.close();
  });

  it('answers rujuk("referral") synchronously right after the script ran on a page without a query', async () => {
    stack.site.setPage(
      '/sync.html',
      `<!doctype html>${STUB}<script src="${BUNDLE}" data-key="${stack.backend.publishableKey}" data-api="${stack.backend.url}"></script>
<script>window.early = rujuk('referral');</script>`,
    );
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    await page.goto(`${stack.site.url}/sync.html`);
    expect(await page.evaluate(() => (window as { early?: unknown }).early)).toBeNull();
    await context.close();
  });

  it('on a page without a query, finds its own tag after load among other tags with data-key', async () => {
    const id = orderId('own-tag');
    // The widget's tag comes first and names another key and backend: the snippet must not take it.
    stack.site.setPage(
      '/two-tags.html',
      `<!doctype html><script data-key="pk_wrong" data-api="http://127.0.0.1:9">window.other = 1;</script>
<script src="${BUNDLE}" data-key="${stack.backend.publishableKey}" data-api="${stack.backend.url}"></script>`,
    );
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${stack.site.url}/two-tags.html`);
    await page.waitForFunction(snippetReady);
    const result = await page.evaluate(
      (order) => window.rujuk('convert', { event: 'purchase', amount: 500, currency: 'EUR', orderId: order }),
      id,
    );
    expect(result).toMatchObject({ duplicate: false });
    expect(await conversionsFor(stack.backend, id)).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('rejects bad arguments with a clear message and one console report, without throwing into the page', async () => {
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`${stack.site.url}/shop.html`);
    await page.waitForFunction(snippetReady);
    const outcome = await page.evaluate(async () => {
      let thrown = false;
      let promise: Promise<unknown> | undefined;
      try {
        promise = window.rujuk('convert', { event: 'purchase', amount: 49.99, currency: 'USD' }) as Promise<unknown>;
      } catch {
        thrown = true;
      }
      const message = await promise!.then(
        () => 'resolved',
        (error: Error & { code: string }) => `${error.name} ${error.code}: ${error.message}`,
      );
      return { thrown, message };
    });
    expect(outcome.thrown).toBe(false);
    expect(outcome.message).toMatch(/^RujukError invalid_request: \[rujuk\] convert: .*amount/);
    expect(warnings.filter((text) => text.startsWith('[rujuk] convert'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
