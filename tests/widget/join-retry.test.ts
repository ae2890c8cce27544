import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noRequestBodies } from '../support/engine.js';
import { useStack } from '../support/stack.js';
import { openerVisitor } from './page.js';

// A join the backend handled but whose answer never reached the page (a dropped connection, a
// timeout on a slow network) must still sign the visitor in when they submit the same email again:
// the second try carries the first try's idempotency key, and the backend answers it as it answered
// that try, with a token, instead of as an email that already joined. The route below lets each join
// through to the real backend and then drops its answer.

describe('a join whose answer was lost on the way back', () => {
  const stack = useStack();

  /**
   * A fresh visitor on a page with an opener, whose join answers are dropped after the backend
   * handled them while `lose()` says so; `bodies` collects the join bodies the page sent.
   */
  async function visit(path: string, lose: (attempt: number) => boolean) {
    const { context, page, errors } = await openerVisitor(stack, path);
    const bodies: Array<Record<string, unknown>> = [];
    await context.route(`${stack.backend.url}/v1/participants`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      bodies.push(route.request().postDataJSON());
      if (!lose(bodies.length)) return route.continue();
      // The backend gets the join and answers it; the page gets a reset connection instead.
      const answer = await route.fetch();
      expect(answer.status()).toBeLessThan(300);
      await route.abort('connectionreset');
    });
    await page.goto(`http://shop.test:${stack.site.port}${path}`);
    await open(page);
    return { context, page, errors, bodies };
  }

  const open = (page: Page) => page.getByRole('button', { name: 'Refer a friend' }).click();

  /** Fills the email and submits; resolves once the form says the join failed. */
  async function failToJoin(page: Page, email: string) {
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByRole('button', { name: 'Get my link' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toBe('Something went wrong. Please try again.');
  }

  /** Asserts the visitor is signed in: their link, a stored token, and their own stats in the progress view. */
  async function expectSignedIn(context: BrowserContext, page: Page, email: string) {
    const dialog = page.getByRole('dialog');
    const link = await dialog.getByLabel('Your referral link').inputValue();
    await dialog.getByRole('button', { name: 'Progress' }).click();
    await dialog.locator('[part="stats"]').waitFor();
    expect(await dialog.getByText('This email already joined').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('rujuk_token'))).toContain('pt_');
    const { items } = await stack.backend.secret<{ items: Array<{ code: string }> }>(
      `/v1/participants?email=${encodeURIComponent(email)}`,
    );
    expect(items).toHaveLength(1);
    expect(link).toContain(`ref=${items[0]!.code}`);
    await context.close();
  }

  // Reads the request bodies the page sent, which the driver withholds in Firefox.
  it.skipIf(noRequestBodies)('signs the visitor in when they submit the same email again', async () => {
    const email = 'lost.once@example.com';
    const { context, page, errors, bodies } = await visit('/join-lost-once.html', (attempt) => attempt === 1);
    await failToJoin(page, email);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Get my link' }).click();
    await dialog.getByLabel('Your referral link').waitFor();
    expect(bodies).toHaveLength(2);
    expect(bodies[0]!.idempotencyKey).toMatch(/^[A-Za-z0-9_.:-]{1,128}$/);
    expect(bodies[1]!.idempotencyKey).toBe(bodies[0]!.idempotencyKey);
    await expectSignedIn(context, page, email);
    expect(errors.filter((line) => !line.includes('Failed to load resource'))).toEqual([]);
  });

  // Reads the request bodies the page sent, which the driver withholds in Firefox.
  it.skipIf(noRequestBodies)(
    'signs the visitor in after several lost answers, a closed popup and the email typed in another case',
    async () => {
      const email = 'lost.often@example.com';
      const { context, page, bodies } = await visit('/join-lost-often.html', (attempt) => attempt <= 2);
      await failToJoin(page, email);
      await failToJoin(page, email);
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      await open(page);
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Email').fill(' Lost.Often@Example.com ');
      await dialog.getByRole('button', { name: 'Get my link' }).click();
      await dialog.getByLabel('Your referral link').waitFor();
      expect(bodies).toHaveLength(3);
      expect(new Set(bodies.map((body) => body.idempotencyKey)).size).toBe(1);
      await expectSignedIn(context, page, email);
    },
  );
});
