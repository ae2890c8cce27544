import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type RujukError } from '../index.js';
import { createServerClient, type RujukServerClient } from '../server/index.js';
import { type Backend, browserFetch, startBackend } from '../test-support/backend.js';

// The server client against the real reference backend, holding browser claims for review so that
// approving them means something.
let backend: Backend;
let admin: RujukServerClient;
let serial = 0;

const browser = () =>
  createClient({ apiUrl: backend.url, publishableKey: backend.publishableKey, storage: null, fetch: browserFetch });
const email = (name: string) => `${name}.${Date.now()}.${++serial}@example.com`;
const order = () => `order_${Date.now()}_${++serial}`;
const reason = (promise: Promise<unknown>) => promise.catch((error: unknown) => error) as Promise<RujukError>;
const referrer = async () => (await browser().join({ email: email('ref') })).participant;

beforeAll(async () => {
  backend = await startBackend({ conversions: { clientClaims: 'hold' } });
  admin = createServerClient({ apiUrl: backend.url, secretKey: backend.secretKey });
});
afterAll(() => backend?.close());

describe('confirmPurchase', () => {
  it('records a server purchase from a Stripe-style client_reference_id, once per order', async () => {
    const { code } = await referrer();
    const orderId = order();
    // What the snippet's hidden rujuk_ref field holds, passed on as the Checkout Session's client_reference_id.
    const session = { client_reference_id: `1.${code}.click_0123456789.mi3x0k`, amount_total: 4999, currency: 'usd' };
    const input = {
      referral: session.client_reference_id,
      orderId,
      amount: session.amount_total,
      currency: session.currency,
    };
    const first = await admin.confirmPurchase(input);
    expect(first.duplicate).toBe(false);
    expect(first.conversion).toMatchObject({
      event: 'purchase',
      source: 'server',
      status: 'approved',
      attributed: true,
      referrerCode: code,
      clickId: 'click_0123456789',
      amount: 4999,
      currency: 'USD',
      orderId,
      idempotencyKey: `purchase:${orderId}`,
    });
    const redelivery = await admin.confirmPurchase(input);
    expect(redelivery).toMatchObject({ duplicate: true, conversion: { id: first.conversion.id } });
  });

  it('still records a purchase whose referral is missing or malformed, unattributed', async () => {
    for (const referral of [null, 'not a code!', '']) {
      const { conversion } = await admin.confirmPurchase({ referral, orderId: order(), amount: 100, currency: 'EUR' });
      expect(conversion).toMatchObject({ attributed: false, referrerCode: null });
    }
  });

  it('keys order ids that idempotency keys cannot hold on their digest', async () => {
    const orderId = `#${++serial} / web`;
    const first = await admin.confirmPurchase({ orderId, amount: 100, currency: 'EUR' });
    expect(first.conversion.orderId).toBe(orderId);
    expect((await admin.confirmPurchase({ orderId, amount: 100, currency: 'EUR' })).duplicate).toBe(true);
  });
});

describe('reviewing conversions', () => {
  it('approves a held browser claim, earning the referrer’s reward', async () => {
    const { code, id } = await referrer();
    const claim = await browser().reportConversion({
      event: 'purchase',
      idempotencyKey: `claim:${order()}`,
      referral: { code },
      amount: 2500,
      currency: 'USD',
    });
    expect(claim.conversion).toMatchObject({ source: 'client', status: 'pending' });
    expect((await admin.getParticipant(id)).rewards.map((grant) => grant.status)).toEqual(['pending']);
    const approved = await admin.approveConversion(claim.conversion.id);
    expect(approved.conversion.status).toBe('approved');
    expect((await admin.getParticipant(id)).rewards.map((grant) => grant.status)).toEqual(['earned']);
  });

  it('refunds a conversion and reverses its grants; a second refund is invalid_state', async () => {
    const { code } = await referrer();
    const { conversion } = await admin.confirmPurchase({
      referral: code,
      orderId: order(),
      amount: 900,
      currency: 'USD',
    });
    const refund = await admin.refundConversion(conversion.id);
    expect(refund.conversion.status).toBe('refunded');
    expect(refund.reversed.map((grant) => grant.side)).toContain('referrer');
    expect(new Set(refund.reversed.map((grant) => grant.status))).toEqual(new Set(['reversed']));
    expect(await reason(admin.refundConversion(conversion.id))).toMatchObject({ code: 'invalid_state', status: 409 });
  });

  it('says not_found for a conversion id that does not exist', async () => {
    expect(await reason(admin.approveConversion('cv_missing'))).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('reports a conversion with the secret key as a server fact', async () => {
    const { conversion } = await admin.reportConversion({ event: 'signup', idempotencyKey: `signup:${order()}` });
    expect(conversion.source).toBe('server');
  });
});

describe('looking participants up', () => {
  it('reads a participant view by id, and says not_found for an unknown id', async () => {
    const { id } = await referrer();
    expect((await admin.getParticipant(id)).participant.id).toBe(id);
    expect(await reason(admin.getParticipant('p_missing'))).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('finds a participant by email in any case, or null', async () => {
    const address = email('Zoe');
    const joined = (await browser().join({ email: address })).participant;
    expect(await admin.findParticipantByEmail(` ${address.toUpperCase()} `)).toMatchObject({
      id: joined.id,
      email: address.toLowerCase(),
    });
    expect(await admin.findParticipantByEmail(email('nobody'))).toBeNull();
  });

  it('lists participants, clicks and conversions with filters and cursors', async () => {
    const { code } = await referrer();
    await browser().trackClick({ code, clickId: `click_${order()}` });
    await browser().trackClick({ code, clickId: `click_${order()}` });
    await admin.confirmPurchase({ referral: code, orderId: order(), amount: 100, currency: 'USD' });

    expect((await admin.listParticipants({ code: code.toLowerCase() })).items.map((p) => p.code)).toEqual([code]);
    const firstPage = await admin.listClicks({ code, limit: 1 });
    expect(firstPage.items).toHaveLength(1);
    expect(firstPage.nextCursor).not.toBeNull();
    const secondPage = await admin.listClicks({ code, limit: 1, cursor: firstPage.nextCursor ?? undefined });
    expect(secondPage.items[0]?.id).not.toBe(firstPage.items[0]?.id);
    const conversions = await admin.listConversions({ referrerCode: code, status: 'approved' });
    expect(conversions.items.map((c) => c.referrerCode)).toEqual([code]);
  });

  it('answers a bad list query with invalid_request and its field errors', async () => {
    const error = await reason(admin.listClicks({ limit: 1000 }));
    expect(error).toMatchObject({ code: 'invalid_request', status: 400 });
    expect(error.problem?.errors?.[0]?.path).toBe('/limit');
  });
});

describe('keys', () => {
  it('says invalid_key for a secret key the backend does not know', async () => {
    const stranger = createServerClient({ apiUrl: backend.url, secretKey: 'sk_0000000000000000' });
    expect(await reason(stranger.listParticipants())).toMatchObject({ code: 'invalid_key', status: 401 });
  });

  it('signs identities the backend accepts', async () => {
    const address = email('yara');
    await browser().join({ email: address });
    const client = createClient({
      apiUrl: backend.url,
      publishableKey: backend.publishableKey,
      storage: null,
      identity: admin.signIdentity(address),
    });
    expect((await client.getMe()).participant.email).toBe(address);
  });
});

describe('fulfilReward', () => {
  it('fulfils an earned reward with a code and a redeem link, and answers a retry as a duplicate', async () => {
    const { code, id } = await referrer();
    await admin.confirmPurchase({ referral: code, orderId: order(), amount: 5000, currency: 'USD' });
    const [earned] = (await admin.getParticipant(id)).rewards;
    expect(earned?.status).toBe('earned');
    const fulfilment = { code: 'CREDIT-1000', url: 'https://shop.example/redeem?code=CREDIT-1000' };
    const first = await admin.fulfilReward(earned!.id, fulfilment);
    expect(first).toMatchObject({
      duplicate: false,
      reward: { status: 'fulfilled', fulfilment: { ...fulfilment, note: null } },
    });
    expect(await admin.fulfilReward(earned!.id, fulfilment)).toMatchObject({ duplicate: true });
    const conflict = await reason(admin.fulfilReward(earned!.id, { code: 'ANOTHER' }));
    expect([conflict.code, conflict.status]).toEqual(['invalid_state', 409]);
  });
});
