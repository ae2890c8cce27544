import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser.js';
import { useStack } from '../support/stack.js';
import { ARTIFACTS, widgetPage } from './page.js';

// The README's screenshot. Saved as a test artifact; `RUJUK_UPDATE_DOCS=1` also writes it to packages/widget/docs/.
const DOCS = new URL('../../packages/widget/docs/', import.meta.url);

describe('the widget showcase', () => {
  const stack = useStack();
  beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

  it('renders the same participant in three differently styled embeds', async () => {
    const head = `<style>
      body { margin: 0; background: #eef2f7; font-family: sans-serif; }
      main { display: grid; grid-template-columns: repeat(3, 1fr); gap: 24px; padding: 24px; align-items: start; }
      h1 { display: none; }
    </style>`;
    const body = `
      <div data-rujuk-embed="share" data-rujuk-title="Share with friends"></div>
      <div data-rujuk-embed="progress" data-rujuk-theme="dark" data-rujuk-accent="#f59e0b" data-rujuk-radius="20"></div>
      <div data-rujuk-embed="leaderboard" data-rujuk-accent="#0f766e" data-rujuk-radius="4" data-rujuk-font="Georgia, serif"></div>`;
    stack.site.setPage('/showcase.html', widgetPage(stack.backend, { head, body }));
    const page = await stack.browser.newPage({ viewport: { width: 1280, height: 560 } });
    const errors = watchErrors(page);
    await page.goto(`http://shop.test:${stack.site.port}/showcase.html`);
    const share = page.locator('[data-rujuk-embed="share"]');
    await share.locator('#rj-email').fill('anna.showcase@example.com');
    await share.locator('#rj-name').fill('Anna Showcase');
    await share.getByRole('button', { name: 'Get my link' }).click();
    const link = await share.getByLabel('Your referral link').inputValue();
    const code = new URL(link).searchParams.get('ref');
    for (const order of ['1', '2']) {
      await stack.backend.secret('/v1/conversions', {
        method: 'POST',
        body: JSON.stringify({
          event: 'purchase',
          idempotencyKey: `showcase-${order}`,
          referral: { code },
          customer: { email: `friend${order}@example.com` },
          amount: 4200,
          currency: 'USD',
          orderId: `showcase-${order}`,
        }),
      });
    }
    await page.reload();
    await page.locator('[data-rujuk-embed="progress"] [part="reward"]').first().waitFor();
    await page.locator('[data-rujuk-embed="leaderboard"] [part="row"]').first().waitFor();
    await page.screenshot({ path: new URL('showcase.png', ARTIFACTS).pathname });
    if (process.env.RUJUK_UPDATE_DOCS) {
      mkdirSync(DOCS, { recursive: true });
      await page.screenshot({ path: new URL('widget.png', DOCS).pathname });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
