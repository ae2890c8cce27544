import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser.js';
import { allowClipboard, copiedText } from '../support/emulation.js';
import { useStack } from '../support/stack.js';
import { ARTIFACTS, joinInPopup, openerVisitor, readEvents, recordEvents, widgetPage } from './page.js';

describe('the widget against the reference backend', () => {
  const stack = useStack();
  beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

  it('joins, shares, copies the link and shows stats moving after a server-confirmed purchase', async () => {
    const { context, page, errors } = await openerVisitor(stack, '/flow.html');
    // 127.0.0.1 is a secure context, where the async Clipboard API exists.
    const origin = stack.site.url;
    await allowClipboard(context, origin);
    await recordEvents(page);
    await page.goto(`${origin}/flow.html`);

    await page.getByRole('button', { name: 'Refer a friend' }).click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.getByRole('heading', { level: 2 }).textContent())
      .toBe('Give 20% off your first order, get $10 store credit');
    const link = await joinInPopup(page, 'anna.flow@example.com');
    expect(link).toMatch(/\?ref=[A-Z0-9_-]+$/);
    const code = new URL(link).searchParams.get('ref')!;

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Copied!');
    expect(await copiedText(page)).toBe(link);

    const whatsapp = dialog.getByRole('link', { name: 'Share on WhatsApp' });
    expect(await whatsapp.getAttribute('href')).toBe(
      `https://wa.me/?text=${encodeURIComponent(`I love Demo Shop! Get 20% off your first order with my link: ${link}`)}`,
    );
    expect(await dialog.getByRole('link', { name: 'SMS' }).count()).toBe(0);

    const events = await readEvents(page);
    expect(events).toContainEqual({ name: 'open', variant: null });
    expect(events).toContainEqual(expect.objectContaining({ name: 'join', code, created: true }));
    expect(events).toContainEqual({ name: 'share', channel: 'copy', variant: null, code });
    // Without the snippet on the page, identify waits in the shared queue for it.
    const queued = await page.evaluate(() =>
      ((window as unknown as { rujuk: { q: IArguments[] } }).rujuk.q ?? []).map((args) => Array.from(args)),
    );
    expect(queued).toContainEqual(['identify', { code }]);

    const participants = await stack.backend.secret<{ items: Array<{ code: string }> }>(
      '/v1/participants?email=anna.flow@example.com',
    );
    expect(participants.items.map((item) => item.code)).toEqual([code]);

    await stack.backend.secret('/v1/conversions', {
      method: 'POST',
      body: JSON.stringify({
        event: 'purchase',
        idempotencyKey: 'purchase:flow-1',
        referral: { code },
        customer: { email: 'friend.flow@example.com' },
        amount: 5000,
        currency: 'USD',
        orderId: 'flow-1',
      }),
    });

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole('button', { name: 'Refer a friend' }).click();
    await dialog.getByRole('button', { name: 'Progress' }).click();
    const stats = dialog.locator('[part="stats"]');
    await expect.poll(() => stats.textContent()).toContain('conversion1');
    await expect.poll(() => dialog.getByText('You earn: $10 store credit').isVisible()).toBe(true);
    await expect
      .poll(() => dialog.getByRole('link', { name: 'Redeem your rewards' }).getAttribute('href'))
      .toBe('http://localhost:5173/account/credit');
    await page.screenshot({ path: new URL('flow-progress.png', ARTIFACTS).pathname });

    await dialog.getByRole('button', { name: 'Leaderboard' }).click();
    await expect.poll(() => dialog.locator('[part="row"][data-me]').textContent()).toContain('(You)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('goes straight to the share view for a returning participant, and embeds share one state', async () => {
    stack.site.setPage(
      '/embeds.html',
      widgetPage(stack.backend, {
        body: '<div id="share" data-rujuk-embed="share"></div><div id="progress" data-rujuk-embed="progress"></div>',
      }),
    );
    const page = await stack.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`http://shop.test:${stack.site.port}/embeds.html`);
    const share = page.locator('#share');
    await share.getByLabel('Email').fill('budi.embed@example.com');
    await share.getByRole('button', { name: 'Get my link' }).click();
    await expect.poll(() => share.getByLabel('Your referral link').inputValue()).toMatch(/\?ref=/);
    // The progress embed follows the join made in the share embed.
    await expect.poll(() => page.locator('#progress [part="stats"]').textContent()).toContain('clicks0');

    await page.reload();
    await expect.poll(() => page.locator('#share').getByLabel('Your referral link').inputValue()).toMatch(/\?ref=/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
