import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personContext } from '../loop/demo.js';
import { type Backend, startBackend } from '../support/backend.js';
import { launchBrowser, watchErrors } from '../support/browser.js';

interface Shop {
  url: string;
  stripe: {
    events: unknown[];
    deliver(event: unknown): Promise<{ status: number; body: string }>;
  };
  close(): Promise<void>;
}

interface Conversion {
  event: string;
  source: string;
  status: string;
  attributed: boolean;
  referrerCode: string | null;
  clickId: string | null;
  amount: number;
  currency: string;
  orderId: string;
  idempotencyKey: string;
}

interface Reward {
  side: string;
  status: string;
  fulfilment: { code: string | null; url: string | null; note: string | null } | null;
}

const WEBHOOK_SECRET = 'whsec_test_example';

describe('the node-server example', () => {
  let backend: Backend;
  let browser: Browser;
  let shop: Shop;

  beforeAll(async () => {
    [backend, browser] = await Promise.all([startBackend(), launchBrowser()]);
    const module = (await import(new URL('../../examples/node-server/src/shop-server.mjs', import.meta.url).href)) as {
      startShop(options: Record<string, unknown>): Promise<Shop>;
    };
    shop = await module.startShop({
      apiUrl: backend.url,
      publishableKey: backend.publishableKey,
      secretKey: backend.secretKey,
      webhookSecret: WEBHOOK_SECRET,
      port: 0,
    });
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), shop?.close(), backend?.close()]);
  });

  it('confirms a referred purchase from the Stripe webhook, counted once on redelivery, and pays the referrer a coupon', async () => {
    const joined = await fetch(`${backend.url}/v1/participants`, {
      method: 'POST',
      headers: { authorization: `Bearer ${backend.publishableKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna.node@example.com', name: 'Anna' }),
    }).then((response) => response.json() as Promise<{ participant: { code: string } }>);
    const code = joined.participant.code;

    const context = await personContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${shop.url}/?ref=${code.toLowerCase()}`);
    // The snippet adds the referral to the checkout form as a hidden field.
    const hidden = page.locator('form input[name="rujuk_ref"]');
    await expect.poll(() => hidden.inputValue()).toMatch(new RegExp(`^1\\.${code}\\.`));
    const clickId = (await hidden.inputValue()).split('.')[2];

    await page.getByLabel('Email').fill('ben.node@example.com');
    await page.getByRole('button', { name: 'Checkout with Stripe' }).click();
    await expect.poll(() => page.getByText('client_reference_id').textContent()).toContain(code);
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect.poll(() => page.locator('#result').textContent()).toContain('the purchase is confirmed in Rujuk');

    const orderId = (await page.locator('#result code').textContent())!;
    const { items } = await backend.secret<{ items: Conversion[] }>(`/v1/conversions?orderId=${orderId}`);
    expect(items).toEqual([
      expect.objectContaining({
        event: 'purchase',
        source: 'server',
        status: 'approved',
        attributed: true,
        referrerCode: code,
        clickId,
        amount: 49900,
        currency: 'USD',
        idempotencyKey: `purchase:${orderId}`,
      }),
    ]);

    // Stripe redelivers the same event: the idempotency key keeps it one purchase.
    const redelivered = await shop.stripe.deliver(shop.stripe.events.at(-1));
    expect(redelivered.status).toBe(200);
    expect(JSON.parse(redelivered.body)).toMatchObject({ duplicate: true });
    const all = await backend.secret<{ items: Conversion[] }>(`/v1/conversions?referrerCode=${code}`);
    expect(all.items).toHaveLength(1);

    // Rujuk's reward.earned webhook reaches the shop, which mints a store-credit coupon with the
    // payment provider and fulfils Anna's reward with it: code and one-click redeem link.
    const { participant } = await backend
      .secret<{ participant: { id: string } }>(`/v1/participants?code=${code}`)
      .then((page) => ({ participant: (page as unknown as { items: { id: string }[] }).items[0]! }));
    let reward: Reward | undefined;
    await expect
      .poll(async () => {
        const view = await backend.secret<{ rewards: Reward[] }>(`/v1/participants/${participant.id}`);
        reward = view.rewards.find((grant) => grant.side === 'referrer');
        return reward?.status;
      })
      .toBe('fulfilled');
    expect(reward!.fulfilment).toMatchObject({
      code: expect.stringMatching(/^CREDIT-[0-9A-F]{8}$/),
      note: expect.any(String),
    });
    expect(reward!.fulfilment!.url).toBe(`${shop.url}/?coupon=${reward!.fulfilment!.code}`);
    await page.goto(reward!.fulfilment!.url!);
    await expect
      .poll(() => page.locator('[data-coupon]').textContent())
      .toBe(`Coupon ${reward!.fulfilment!.code} applied: 10.00 USD of store credit.`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a webhook whose signature does not match its body', async () => {
    const response = await fetch(`${shop.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': `t=${Math.floor(Date.now() / 1000)},v1=00` },
      body: JSON.stringify({ type: 'checkout.session.completed', data: { object: { payment_status: 'paid' } } }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('does not match');
  });
});
