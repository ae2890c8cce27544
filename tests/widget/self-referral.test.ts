import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { humanUserAgent, watchErrors } from '../support/browser.js';
import { noRequestBodies } from '../support/engine.js';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait.js';
import { LOADER, STUB } from './page.js';

const SNIPPET = '/packages/attribution/dist/rujuk.global.js';

interface StoredClick {
  clickId: string;
  code: string;
  flagReason: string | null;
}

describe('a participant who joined through the widget, clicking their own link', () => {
  const stack = useStack({ config: { allowedOrigins: ['http://*.test:*'] } });

  /** A shop page with the queue stub, the snippet and the widget, and `body`. */
  function shop(path: string, body = '') {
    const tag = (src: string) =>
      `<script src="${src}" data-key="${stack.backend.publishableKey}" data-api="${stack.backend.url}" async></script>`;
    stack.site.setPage(
      path,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script>${STUB}</script></head><body><main>${body}</main>${tag(SNIPPET)}\n${tag(LOADER)}</body></html>`,
    );
  }

  async function browse(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await stack.browser.newContext({ userAgent: humanUserAgent });
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false });
    });
    const page = await context.newPage();
    return { context, page, errors: watchErrors(page) };
  }

  /** Opens `path` and returns what the snippet sent to `POST /v1/clicks` and what the backend answered. */
  async function land(page: Page, path: string) {
    // The snippet carries its key in the query: `/v1/clicks?key=pk_…`.
    const response = page.waitForResponse(
      (answer) => answer.request().method() === 'POST' && new URL(answer.url()).pathname === '/v1/clicks',
    );
    await page.goto(`http://shop.test:${stack.site.port}${path}`);
    const answer = await response;
    return {
      sent: answer.request().postDataJSON() as { visitorId?: string; clickId: string },
      click: ((await answer.json()) as { click: StoredClick }).click,
    };
  }

  const storedClick = async (clickId: string) =>
    (await stack.backend.secret<{ items: StoredClick[] }>(`/v1/clicks?clickId=${clickId}`)).items;

  // Reads the request bodies the page sent, which the driver withholds in Firefox.
  it.skipIf(noRequestBodies)(
    'is recognised by the visitor id the widget gave the snippet, and a friend on the same link is not',
    async () => {
      shop('/join.html', '<div data-rujuk-embed="join"></div>');
      shop('/landing.html');
      const participant = await browse();
      let joinedWith: string | undefined;
      participant.page.on('request', (request) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/participants') {
          joinedWith = (request.postDataJSON() as { visitorId?: string }).visitorId;
        }
      });
      await participant.page.goto(`http://shop.test:${stack.site.port}/join.html`);
      const embed = participant.page.locator('[data-rujuk-embed]');
      await embed.getByLabel('Email').fill('own-link@example.com');
      await embed.getByRole('button', { name: 'Get my link' }).click();
      const link = await embed.getByLabel('Your referral link').inputValue();
      const code = new URL(link).searchParams.get('ref')!;
      expect(joinedWith).toMatch(/^[\w-]{8,64}$/);
      // Nobody joined through the snippet: the only visitor id cookie is the one the widget wrote.
      const cookie = await waitFor(
        async () => (await participant.context.cookies()).find((each) => each.name === 'rujuk_vid'),
        Boolean,
      );
      expect(cookie).toMatchObject({ value: joinedWith, path: '/', sameSite: 'Lax', domain: 'shop.test' });

      const own = await land(participant.page, `/landing.html?ref=${code}`);
      expect(own.sent.visitorId).toBe(joinedWith);
      expect(own.click).toMatchObject({ code, flagReason: 'self_referral' });
      expect(await storedClick(own.sent.clickId)).toEqual([
        expect.objectContaining({ code, flagReason: 'self_referral' }),
      ]);
      expect(participant.errors).toEqual([]);
      await participant.context.close();

      // The same link in another browser: a friend, counted.
      const friend = await browse();
      const theirs = await land(friend.page, `/landing.html?ref=${code}`);
      expect(theirs.sent.visitorId).toBeUndefined();
      expect(theirs.click).toMatchObject({ code, flagReason: null });
      expect(friend.errors).toEqual([]);
      await friend.context.close();
    },
  );
});
