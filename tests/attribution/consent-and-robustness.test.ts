import { describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser.js';
import { expectNothingFor } from '../support/expect-nothing.js';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait.js';
import {
  ALLOWED_ORIGINS,
  BUNDLE,
  clickIdOf,
  clicksFor,
  conversionsFor,
  humanContext,
  landing,
  orderId,
  refCookie,
  STUB,
  snippetReady,
} from './fixtures.js';

describe('consent and hostile pages in a real browser', () => {
  const stack = useStack({ seed: true, config: { allowedOrigins: ALLOWED_ORIGINS } });

  it('with data-consent="required", stores and sends nothing until consent, then stores the held referral', async () => {
    const id = orderId('consent');
    stack.site.setPage(
      '/consent.html',
      landing(stack.backend, 'data-consent="required"', { body: '<form data-rujuk></form>' }),
    );
    const context = await humanContext(stack.browser);
    const requests: string[] = [];
    context.on('request', (request) => request.url().startsWith(stack.backend.url) && requests.push(request.url()));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${stack.site.url}/consent.html?ref=ANNA42`);
    await page.waitForFunction(snippetReady);
    await page.evaluate((id) => {
      window.rujuk('convert', { event: 'purchase', amount: 100, currency: 'USD', orderId: id });
    }, id);
    await expectNothingFor('request, cookie or stored entry before consent', {
      // The snippet has held the referral and scanned the form after load, the last thing it does unasked.
      after: () => page.waitForFunction(() => document.querySelector('[name=rujuk_ref]')),
      probe: async () => ({
        requests: requests.length,
        cookies: (await context.cookies()).length,
        stored: await page.evaluate(() => localStorage.length),
      }),
      happened: ({ requests, cookies, stored }) => requests + cookies + stored > 0,
      ms: 1500,
    });
    expect(await page.evaluate(() => (window.rujuk('referral') as { code: string }).code)).toBe('ANNA42');
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(requests).toEqual([]);
    const field = () => page.evaluate(() => document.querySelector<HTMLInputElement>('[name=rujuk_ref]')?.value);
    expect(await field()).toBe('');

    await page.evaluate(() => window.rujuk('consent', true));
    const cookie = await waitFor(() => refCookie(context), Boolean);
    expect(cookie!.value).toMatch(/^1\.ANNA42\./);
    expect(await field()).toBe(cookie!.value);
    await waitFor(
      () => conversionsFor(stack.backend, id),
      (items) => items.length > 0,
    );
    expect(await clicksFor(stack.backend, clickIdOf(cookie))).toHaveLength(1);

    await page.evaluate(() => {
      localStorage.setItem('rujuk_token', 'pt_example');
      window.rujuk('consent', false);
    });
    expect((await context.cookies()).filter((c) => c.name.startsWith('rujuk_'))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('rujuk_')))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never lets an exception reach the page when cookies are disabled and localStorage throws', async () => {
    const id = orderId('locked');
    stack.site.setPage(
      '/locked.html',
      landing(stack.backend, 'data-domains="blog.test"', {
        body: '<form data-rujuk></form><form data-rujuk-join action="/locked.html"><input type="email" name="email"></form>',
        before: `Object.defineProperty(Document.prototype,'cookie',{get(){throw new DOMException('denied','SecurityError')},set(){throw new DOMException('denied','SecurityError')}});
Object.defineProperty(window,'localStorage',{get(){throw new DOMException('denied','SecurityError')}});`,
      }),
    );
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${stack.site.url}/locked.html?ref=CHEN88`);
    await page.waitForFunction(snippetReady);
    const result = (await page.evaluate(
      (id) => window.rujuk('convert', { event: 'purchase', amount: 700, currency: 'USD', orderId: id }),
      id,
    )) as { duplicate: boolean };
    expect(result.duplicate).toBe(false);
    expect(await page.evaluate(() => (window.rujuk('referral') as { code: string }).code)).toBe('CHEN88');
    expect(await conversionsFor(stack.backend, id)).toMatchObject([{ referrerCode: 'CHEN88' }]);
    await page.evaluate(() => window.rujuk('consent', false));
    await page.fill('[type=email]', `locked-${Date.now()}@example.org`);
    await page.evaluate(() => (document.querySelectorAll('form')[1] as HTMLFormElement).requestSubmit());
    // The submission went through the snippet's listener to the form's action, where the snippet starts again.
    await page.waitForURL(/[?&]email=locked-/);
    await page.waitForFunction(snippetReady);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts once when the bundle is loaded twice, before or after the stub', async () => {
    const key = stack.backend.publishableKey;
    const tag = `<script src="${BUNDLE}" data-key="${key}" data-api="${stack.backend.url}"></script>`;
    stack.site.setPage(
      '/twice.html',
      `<!doctype html>${tag}${STUB}${tag}<script>rujuk('ready',function(){window.done=1})</script>`,
    );
    stack.site.setPage(
      '/stub-after.html',
      `<!doctype html>${tag}${STUB}<script>rujuk('ready',function(){window.done=1})</script>`,
    );
    for (const path of ['/twice.html', '/stub-after.html']) {
      const context = await humanContext(stack.browser);
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${stack.site.url}${path}?ref=BUDI77`);
      await page.waitForFunction(() => (window as { done?: number }).done === 1);
      const cookie = await waitFor(() => refCookie(context), Boolean);
      const clicks = () => clicksFor(stack.backend, clickIdOf(cookie));
      await expectNothingFor('second click from the second copy', {
        after: () => waitFor(clicks, (items) => items.length > 0),
        probe: clicks,
        happened: (items) => items.length > 1,
        ms: 500,
      });
      expect(await clicks()).toHaveLength(1);
      expect(await page.evaluate(() => Object.keys((window.rujuk as unknown as { h: object }).h).sort())).toEqual([
        'consent',
        'consented',
        'convert',
        'identify',
        'join',
        'ready',
        'referral',
      ]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('leaves another script’s window.rujuk alone, with one warning', async () => {
    stack.site.setPage(
      '/taken.html',
      `<!doctype html><script>window.rujuk = { mine: true }</script>
<script src="${BUNDLE}" data-key="${stack.backend.publishableKey}" data-api="${stack.backend.url}"></script>`,
    );
    const context = await humanContext(stack.browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`${stack.site.url}/taken.html?ref=ANNA42`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => window.rujuk)).toEqual({ mine: true });
    expect(warnings).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
