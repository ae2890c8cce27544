import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { humanUserAgent, watchErrors } from '../support/browser.js';
import { noRequestBodies } from '../support/engine.js';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait.js';
import { LOADER, STUB } from './page.js';

const SNIPPET = '/packages/attribution/dist/rujuk.global.js';

type Rujuk = (command: string, ...args: unknown[]) => unknown;

describe('consent: with data-consent="required" the widget stores nothing until rujuk("consent", true)', () => {
  const stack = useStack({ seed: true, config: { allowedOrigins: ['http://*.test:*'] } });

  /** A shop page with the queue stub, `scripts` in order, and `body`. */
  function shop(path: string, scripts: string[], body = '') {
    stack.site.setPage(
      path,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script>${STUB}</script></head><body><main>${body}</main>${scripts.join('\n')}</body></html>`,
    );
  }
  const tag = (src: string, attributes = 'async') =>
    `<script src="${src}" data-key="${stack.backend.publishableKey}" data-api="${stack.backend.url}" ${attributes}></script>`;

  async function visit(path: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await stack.browser.newContext({ userAgent: humanUserAgent });
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false });
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`http://shop.test:${stack.site.port}${path}`);
    return { context, page, errors };
  }

  const stored = (page: Page) =>
    page.evaluate(() =>
      Object.fromEntries(
        Object.entries({ ...localStorage, ...sessionStorage }).filter(([key]) => key.startsWith('rujuk_')),
      ),
    );
  const rujukCookies = async (context: BrowserContext) =>
    (await context.cookies()).filter((cookie) => cookie.name.startsWith('rujuk_')).map((cookie) => cookie.name);
  const vidCookie = async (context: BrowserContext) =>
    (await context.cookies()).find((cookie) => cookie.name === 'rujuk_vid')?.value;
  const consent = (page: Page, granted: boolean) =>
    page.evaluate((granted) => (window as unknown as { rujuk: Rujuk }).rujuk('consent', granted), granted);

  // Reads the request bodies the page sent, which the driver withholds in Firefox.
  it.skipIf(noRequestBodies)(
    'keeps the visitor id and token in memory through a join, stores them on consent, deletes them when it is withdrawn',
    async () => {
      shop(
        '/with-snippet.html',
        [tag(SNIPPET, 'async data-consent="required"'), tag(LOADER)],
        '<div data-rujuk-embed="join"></div>',
      );
      const { context, page, errors } = await visit('/with-snippet.html?ref=ANNA42');
      let sent: string | undefined;
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/v1/participants')) {
          sent = (request.postDataJSON() as { visitorId?: string }).visitorId;
        }
      });
      const embed = page.locator('[data-rujuk-embed]');
      await embed.getByLabel('Email').fill('consent@example.com');
      await embed.getByRole('button', { name: 'Get my link' }).click();
      await embed.getByLabel('Your referral link').waitFor();
      expect(sent).toMatch(/^[a-z0-9]{16,20}$/);
      expect(await stored(page)).toEqual({});
      expect(await rujukCookies(context)).toEqual([]);

      await consent(page, true);
      const afterConsent = await waitFor(
        () => stored(page),
        (items) => Boolean(items.rujuk_vid && items.rujuk_token),
      );
      // The same id the join carried: the page's visitor did not change when it got stored.
      expect(afterConsent.rujuk_vid).toBe(sent);
      // And in the cookie the snippet reads, so it sends that id with this participant's own clicks.
      expect(await vidCookie(context)).toBe(sent);
      // The snippet got the call too, through the widget: it stored the referral it held.
      expect(
        await waitFor(
          () => rujukCookies(context),
          (names) => names.includes('rujuk_ref'),
        ),
      ).toContain('rujuk_ref');

      await consent(page, false);
      expect(await stored(page)).toEqual({});
      expect(await rujukCookies(context)).toEqual([]);
      // The page goes on as it was: the participant still sees their link.
      await expect(embed.getByLabel('Your referral link').inputValue()).resolves.toContain('ref=');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('hears rujuk("consent") whichever script registers first, and a call queued before it ran', async () => {
    // The widget's tag first, the snippet's after it: the snippet registers its handler later.
    shop(
      '/widget-first.html',
      [tag(LOADER), tag(SNIPPET, 'async data-consent="required"')],
      '<div data-rujuk-embed="join"></div>',
    );
    const first = await visit('/widget-first.html?ref=ANNA42');
    await first.page.locator('[data-rujuk-embed]').getByLabel('Email').waitFor();
    await first.page.waitForFunction(
      () => (window as unknown as { rujuk: { h: Record<string, unknown> } }).rujuk.h.convert,
    );
    expect(await stored(first.page)).toEqual({});
    await consent(first.page, true);
    await waitFor(
      () => stored(first.page),
      (items) => Boolean(items.rujuk_vid),
    );
    await waitFor(
      () => rujukCookies(first.context),
      (names) => names.includes('rujuk_ref'),
    );
    expect(first.errors).toEqual([]);
    await first.context.close();

    // Consent given before the scripts ran waits in the queue; the widget, running first, hears it there
    // and leaves it for the snippet.
    shop(
      '/queued.html',
      [`<script>rujuk('consent', true)</script>`, tag(LOADER, ''), tag(SNIPPET, 'async data-consent="required"')],
      '<div data-rujuk-embed="join"></div>',
    );
    const queued = await visit('/queued.html?ref=ANNA42');
    await waitFor(
      () => rujukCookies(queued.context),
      (names) => names.includes('rujuk_ref'),
    );
    // The visitor id is the snippet's cookie now; what the widget stores itself shows it heard too.
    const embed = queued.page.locator('[data-rujuk-embed]');
    await embed.getByLabel('Email').fill('queued@example.com');
    await embed.getByRole('button', { name: 'Get my link' }).click();
    await waitFor(
      () => stored(queued.page),
      (items) => Boolean(items.rujuk_token),
    );
    expect(queued.errors).toEqual([]);
    await queued.context.close();
  });

  it('asks the snippet for consent it answered before the widget script ran', async () => {
    shop('/snippet-answered.html', [
      tag(SNIPPET, 'data-consent="required"'),
      `<script>rujuk('consent', true)</script>`,
    ]);
    const { context, page, errors } = await visit('/snippet-answered.html?ref=ANNA42');
    await waitFor(
      () => rujukCookies(context),
      (names) => names.includes('rujuk_ref'),
    );
    // Only now does the widget start, with an embed: the grant was given before it could hear it.
    await page.evaluate(
      ([src, key, api]) => {
        document.querySelector('main')!.innerHTML = '<div data-rujuk-embed="join"></div>';
        const script = Object.assign(document.createElement('script'), { src });
        script.dataset.key = key;
        script.dataset.api = api;
        document.body.append(script);
      },
      [LOADER, stack.backend.publishableKey, stack.backend.url],
    );
    const embed = page.locator('[data-rujuk-embed]');
    await embed.getByLabel('Email').fill('answered@example.com');
    await embed.getByRole('button', { name: 'Get my link' }).click();
    await waitFor(
      () => stored(page),
      (items) => Boolean(items.rujuk_token),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('honours data-consent on its own tag without the snippet, for the trigger cap too', async () => {
    shop('/alone.html', [tag(LOADER, 'async data-consent="required" data-rujuk-trigger="delay:0.1"')]);
    const { context, page, errors } = await visit('/alone.html');
    await page.getByRole('dialog').waitFor();
    expect(await stored(page)).toEqual({});

    await consent(page, true);
    const items = await waitFor(
      () => stored(page),
      (items) => Boolean(items.rujuk_vid && items.rujuk_widget_seen),
    );
    expect(items.rujuk_widget_seen).toBe('1');
    expect(await vidCookie(context)).toBe(items.rujuk_vid);

    await consent(page, false);
    expect(await stored(page)).toEqual({});
    // Without the snippet, the widget deletes the cookie it wrote itself.
    expect(await rujukCookies(context)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
