import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, watchErrors } from '../support/browser.js';
import { copiedText } from '../support/emulation.js';
import { waitFor } from '../support/wait.js';
import { type Demo, personContext, readStats, secretGet, startDemo } from './demo.js';

const ARTIFACTS = new URL('../artifacts/loop/', import.meta.url);
const shot = (name: string) => new URL(name, ARTIFACTS).pathname;

interface Item {
  code?: string;
  event?: string;
  status?: string;
  attributed?: boolean;
  amount?: number | null;
  referrerCode?: string | null;
  source?: string;
  flagged?: boolean;
}

interface Shop {
  close(): Promise<void>;
}

describe('the whole referral loop in the demo shop', () => {
  let demo: Demo;
  let browser: Browser;
  let shop: Shop;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // Failure shots of an earlier run must not pass for this one's.
    for (const name of readdirSync(ARTIFACTS)) if (name.startsWith('failed-')) rmSync(new URL(name, ARTIFACTS));
    [demo, browser] = await Promise.all([startDemo({ sitePort: 0, apiPort: 0 }), launchBrowser()]);
    // The shop's server from examples/node-server: it adds its Rujuk webhook endpoint at start and
    // pays every earned store credit as a coupon, fulfilling the reward with it.
    const example = new URL('../../examples/node-server/src/shop-server.mjs', import.meta.url).href;
    const module = (await import(example)) as { startShop(options: Record<string, unknown>): Promise<Shop> };
    shop = await module.startShop({
      apiUrl: demo.apiUrl,
      publishableKey: demo.keys.publishableKey,
      secretKey: demo.keys.secretKey,
      webhookSecret: 'whsec_loop_stripe',
      port: 0,
    });
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), shop?.close(), demo?.close()]);
  });

  it('takes Anna from joining to a reward after a friend opens her link, signs up and buys', async () => {
    // When a step fails, keep what every open page showed at that moment next to the step screenshots.
    onTestFailed(async () => {
      const pages = browser.contexts().flatMap((context) => context.pages());
      await Promise.allSettled(
        pages.map((page, index) => page.screenshot({ path: shot(`failed-page-${index + 1}.png`), fullPage: true })),
      );
    });
    // Anna, the existing customer, in her own browser profile.
    const anna = await personContext(browser, demo.siteUrl);
    const annaPage = await anna.newPage();
    const annaErrors = watchErrors(annaPage);
    await annaPage.goto(`${demo.siteUrl}/account.html`);
    // Nobody referred Anna: no friend's offer for her.
    await annaPage.evaluate(
      () =>
        new Promise((done) =>
          (window as unknown as { rujuk: (command: string, done: unknown) => void }).rujuk('ready', done),
        ),
    );
    expect(await annaPage.locator('#offer').isVisible()).toBe(false);
    const share = annaPage.locator('#share-embed');
    await share.getByLabel('Email').fill('anna.loop@example.com');
    await share.getByLabel('Name (optional)').fill('Anna Loop');
    await share.getByRole('button', { name: 'Get my link' }).click();
    const linkField = share.getByLabel('Your referral link');
    await expect.poll(() => linkField.inputValue(), { timeout: 15_000 }).toMatch(/\?ref=ANNA\d*$/);
    // Her progress starts at zero, three referrals short of Silver.
    const progress = '#progress-embed';
    await expect
      .poll(() => readStats(annaPage, progress), { timeout: 15_000 })
      .toEqual({ clicks: 0, signups: 0, conversions: 0 });
    expect(await annaPage.locator(`${progress} [part~="tier"]`).textContent()).toContain(
      '3 more referrals to reach Silver',
    );
    expect(await annaPage.locator(`${progress} progress`).getAttribute('value')).toBe('0');
    expect(await annaPage.locator(`${progress} [part~="reward"]`).count()).toBe(0);
    await annaPage.screenshot({ path: shot('1-anna-joined.png'), fullPage: true });

    // The share messages speak of the shop and carry her link.
    const whatsapp = await share.getByRole('link', { name: 'WhatsApp' }).getAttribute('href');
    expect(new URL(whatsapp!).searchParams.get('text')).toBe(
      `I love the coffee at Kopi & Co.! Get 20% off your first order with my link: ${await linkField.inputValue()}`,
    );

    // She copies her link from the widget.
    await share.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => share.getByRole('status').textContent()).toBe('Copied!');
    const link = (await copiedText(annaPage)) ?? '';
    expect(link).toBe(await linkField.inputValue());
    expect(new URL(link).origin).toBe(demo.siteUrl);
    const code = new URL(link).searchParams.get('ref')!;
    // The "play the friend" box picked the link up from the share event.
    await expect.poll(() => annaPage.locator('#friend-link').inputValue()).toBe(`${demo.siteUrl}/?ref=${code}`);

    // The friend, in a fresh profile, opens the link and sees the friend's offer.
    const friend = await personContext(browser);
    const friendPage = await friend.newPage();
    const friendErrors = watchErrors(friendPage);
    await friendPage.goto(link);
    await expect.poll(() => friendPage.locator('#offer').isVisible()).toBe(true);
    expect(await friendPage.locator('#offer').textContent()).toContain('20% off your first order');
    // The referral parameter leaves the address bar once captured (data-clean-url).
    await expect.poll(() => new URL(friendPage.url()).search).toBe('');
    const refCookie = (await friend.cookies()).find((cookie) => cookie.name === 'rujuk_ref');
    expect(refCookie?.value).toMatch(new RegExp(`^1\\.${code}\\.[\\w-]{8,64}\\.[a-z0-9]+$`));
    await friendPage.screenshot({ path: shot('2-friend-lands-with-offer.png'), fullPage: true });
    const clicks = await waitFor(
      () => secretGet<{ items: Item[] }>(demo, `/v1/clicks?code=${code}`),
      (page) => page.items.length === 1,
      { what: "the friend's click to reach the backend" },
    );
    expect(clicks.items[0]).toMatchObject({ code, flagged: false });

    // The friend signs up…
    await friendPage.getByRole('link', { name: 'Sign up' }).click();
    expect(await friendPage.locator('#welcome').isVisible()).toBe(false);
    await friendPage.getByLabel('Name').fill('Ben Ortiz');
    await friendPage.getByLabel('Email').fill('ben.loop@example.com');
    await friendPage.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => friendPage.locator('#welcome').isVisible()).toBe(true);
    await friendPage.screenshot({ path: shot('3-friend-signs-up.png'), fullPage: true });

    // …and buys, with the friend's discount applied.
    await friendPage.getByRole('link', { name: 'Shop' }).click();
    await friendPage.getByRole('link', { name: /Single-origin coffee/ }).click();
    await friendPage.getByRole('link', { name: 'Buy now' }).click();
    await expect.poll(() => friendPage.locator('#discount-row').isVisible()).toBe(true);
    expect(await friendPage.locator('#total').textContent()).toBe('$39.99');
    expect(await friendPage.getByLabel('Email').inputValue()).toBe('ben.loop@example.com');
    expect(await friendPage.locator('#done').isVisible()).toBe(false);
    await friendPage.getByRole('button', { name: 'Place order' }).click();
    await expect.poll(() => friendPage.locator('#done').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await friendPage.locator('#checkout').isVisible()).toBe(false);
    await friendPage.screenshot({ path: shot('4-friend-buys.png'), fullPage: true });

    // The backend has both conversions, attributed to Anna.
    const conversions = await waitFor(
      () => secretGet<{ items: Item[] }>(demo, `/v1/conversions?referrerCode=${code}`),
      (page) => page.items.length === 2,
      { what: "the friend's sign-up and purchase to reach the backend" },
    );
    expect(conversions.items).toEqual([
      expect.objectContaining({ event: 'signup', attributed: true, source: 'client' }),
      expect.objectContaining({ event: 'purchase', attributed: true, amount: 3999, status: 'approved' }),
    ]);

    // Anna comes back: her widget counts the click, the sign-up and the purchase, shows the reward
    // and moves her towards Silver (3 referrals).
    await annaPage.reload();
    await expect
      .poll(() => readStats(annaPage, progress), { timeout: 15_000 })
      .toEqual({ clicks: 1, signups: 1, conversions: 1 });
    const reward = annaPage.locator(`${progress} [part~="reward"]`);
    await expect.poll(() => reward.count()).toBe(1);
    expect(await reward.textContent()).toContain('$10 store credit');
    // The shop's webhook paid the credit as a coupon: the code, a copy button and a one-click redeem link.
    await expect
      .poll(
        async () => {
          if (await reward.locator('[part~="code-field"]').count()) return true;
          await annaPage.reload();
          return false;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    expect(await reward.textContent()).toContain('Ready to use');
    const couponCode = await reward.locator('[part~="code-field"]').inputValue();
    expect(couponCode).toMatch(/^CREDIT-[0-9A-F]{8}$/);
    await reward.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => reward.locator('[role="status"]').textContent()).toBe('Copied!');
    expect(await copiedText(annaPage)).toBe(couponCode);
    const redeem = reward.getByRole('link', { name: 'Use it now' });
    expect(await redeem.getAttribute('href')).toMatch(new RegExp(`/\\?coupon=${couponCode}$`));
    const tier = annaPage.locator(`${progress} [part~="tier"]`);
    expect(await tier.textContent()).toContain('2 more referrals to reach Silver');
    const bar = annaPage.locator(`${progress} progress`);
    expect(await bar.getAttribute('value')).toBe('1');
    expect(await bar.getAttribute('max')).toBe('3');
    await annaPage.locator(progress).scrollIntoViewIfNeeded();
    await annaPage.screenshot({ path: shot('5-anna-sees-click-signup-purchase-reward.png'), fullPage: true });

    // The same numbers in the popup, opened from the header button.
    await annaPage.getByRole('button', { name: 'Refer a friend' }).first().click();
    const dialog = annaPage.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Progress' }).click();
    await expect.poll(() => readStats(annaPage, '[role="dialog"]')).toEqual({ clicks: 1, signups: 1, conversions: 1 });
    await annaPage.screenshot({ path: shot('6-anna-popup-progress.png') });

    // The backend's side of the same loop: the read-only admin page, behind the secret key.
    const admin = await browser.newContext({ httpCredentials: { username: 'admin', password: demo.keys.secretKey } });
    const adminPage = await admin.newPage();
    const answer = await adminPage.goto(demo.adminUrl);
    expect(answer?.status()).toBe(200);
    expect(await adminPage.getByRole('heading', { level: 1 }).textContent()).toBe('Kopi & Co. referrals');
    const participants = adminPage.locator('#participants + .wrap');
    expect(await participants.textContent()).toContain('anna.loop@example.com');
    expect(await adminPage.locator('#conversions + .wrap').textContent()).toContain('39.99 USD');
    expect(await adminPage.locator('#rewards + .wrap').textContent()).toContain('$10 store credit');
    await adminPage.screenshot({ path: shot('7-admin-page.png'), fullPage: true });
    await admin.close();

    expect(annaErrors).toEqual([]);
    expect(friendErrors).toEqual([]);
    await Promise.all([anna.close(), friend.close()]);
  });

  it('opens a link from "Play the friend" as another site, which shares no cookie with the referrer’s', async () => {
    const context = await personContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${demo.siteUrl}/account.html`);
    const friendOrigin = demo.siteUrl.replace('localhost', '127.0.0.1');
    expect(await page.locator('#friend-host').textContent()).toBe(friendOrigin);
    await page.getByLabel('Your link').fill(`${demo.siteUrl}/?ref=ANNA42`);
    const [friendPage] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open as a friend' }).click(),
    ]);
    const friendErrors = watchErrors(friendPage);
    await expect.poll(() => friendPage.locator('#offer').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(new URL(friendPage.url()).origin).toBe(friendOrigin);
    // The referral cookie belongs to the friend's host only: the referrer's own pages stay unreferred.
    const cookies = await context.cookies([demo.siteUrl, friendOrigin]);
    const refCookies = cookies.filter((cookie) => cookie.name === 'rujuk_ref');
    expect(refCookies.map((cookie) => [cookie.domain, cookie.value.split('.')[1]])).toEqual([['127.0.0.1', 'ANNA42']]);
    await page.reload();
    await page.evaluate(
      () =>
        new Promise((done) =>
          (window as unknown as { rujuk: (command: string, done: unknown) => void }).rujuk('ready', done),
        ),
    );
    expect(await page.locator('#offer').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    expect(friendErrors).toEqual([]);
    await context.close();
  });
});
