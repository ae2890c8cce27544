import { describe, expect, it } from 'vitest';
import type { ProgramConfigInput } from '../config/types.js';
import { databases, uniqueEmail, uniqueId, useTestApp } from '../test-support/test-app.js';

const config: ProgramConfigInput = {
  siteUrl: 'https://shop.example/',
  rewards: {
    referrer: { kind: 'credit', amount: 1000, currency: 'USD' },
    friend: { kind: 'percent_off', amount: 20 },
  },
  qualifying: { events: ['purchase'], minAmount: { amount: 1000, currency: 'USD' } },
  tiers: [{ id: 'silver', name: 'Silver', threshold: 2, reward: { kind: 'credit', amount: 2500, currency: 'USD' } }],
  conversions: { clientClaims: 'hold' },
  allowedOrigins: ['https://shop.example'],
};

describe.each(databases)('conversions and rewards on the $name database', ({ url }) => {
  const t = useTestApp(url, config);

  async function referrer(visitorId?: string) {
    const email = uniqueEmail('referrer');
    const answer = await t.call('POST', '/v1/participants', { body: { email, name: 'Rita Ref', visitorId } });
    return { ...answer.body.participant, email, token: answer.body.token as string };
  }

  function purchase(code: string | null, extra: Record<string, unknown> = {}) {
    return {
      event: 'purchase',
      idempotencyKey: uniqueId('order'),
      ...(code ? { referral: { code } } : {}),
      customer: { email: uniqueEmail('buyer') },
      amount: 4999,
      currency: 'USD',
      ...extra,
    };
  }

  async function view(token: string) {
    return (await t.call('GET', '/v1/participants/me', { headers: { 'x-rujuk-token': token } })).body;
  }

  it('stores a server-reported purchase approved and grants both sides once', async () => {
    const ref = await referrer();
    const body = purchase(ref.code, { orderId: uniqueId('o') });
    const answer = await t.call('POST', '/v1/conversions', { key: 'sk', body });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      duplicate: false,
      conversion: { source: 'server', status: 'approved', attributed: true, referrerCode: ref.code, qualifying: true },
    });
    const me = await view(ref.token);
    expect(me.stats).toMatchObject({ conversions: 1, revenue: [{ amount: 4999, currency: 'USD' }] });
    expect(me.rewards).toEqual([
      expect.objectContaining({
        side: 'referrer',
        status: 'earned',
        reward: expect.objectContaining({ amount: 1000 }),
      }),
    ]);
  });

  it('counts only purchases in the revenue, not other events that carry an amount', async () => {
    const ref = await referrer();
    await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code, { event: 'newsletter' }) });
    await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code, { event: 'signup', amount: 700 }) });
    expect((await view(ref.token)).stats.revenue).toEqual([]);
    await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code, { amount: 1500 }) });
    expect((await view(ref.token)).stats.revenue).toEqual([{ amount: 1500, currency: 'USD' }]);
  });

  it('answers an identical replay with the original and a changed body with 409', async () => {
    const ref = await referrer();
    const body = purchase(ref.code);
    const first = await t.call('POST', '/v1/conversions', { key: 'sk', body });
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const replay = await t.call('POST', '/v1/conversions', { key: 'sk', body: reordered });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ duplicate: true, conversion: { id: first.body.conversion.id } });
    const conflict = await t.call('POST', '/v1/conversions', { key: 'sk', body: { ...body, amount: 5000 } });
    expect(conflict).toMatchObject({ status: 409, body: { code: 'idempotency_conflict' } });
    expect((await view(ref.token)).rewards).toHaveLength(1);
  });

  it('stores one conversion when the same key arrives many times at once', async () => {
    const ref = await referrer();
    const body = purchase(ref.code);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => t.call('POST', '/v1/conversions', { key: 'sk', body })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const list = await t.call('GET', `/v1/conversions?idempotencyKey=${body.idempotencyKey}`, { key: 'sk' });
    expect(list.body.items).toHaveLength(1);
    expect((await view(ref.token)).rewards).toHaveLength(1);
  });

  it('never loses a conversion with an unknown referral: it is stored unattributed', async () => {
    const answer = await t.call('POST', '/v1/conversions', { body: purchase('NOSUCH1') });
    expect(answer.status).toBe(201);
    expect(answer.body.conversion).toMatchObject({ attributed: false, referrerCode: null, source: 'client' });
  });

  it('attributes through the click id when no code is sent', async () => {
    const ref = await referrer();
    const clickId = uniqueId('clk');
    await t.call('POST', '/v1/clicks', { body: { code: ref.code, clickId } });
    const answer = await t.call('POST', '/v1/conversions', { body: { ...purchase(null), referral: { clickId } } });
    expect(answer.body.conversion).toMatchObject({ attributed: true, referrerCode: ref.code, clickId });
  });

  it('holds client claims as pending until approved with the secret key', async () => {
    const ref = await referrer();
    const claim = await t.call('POST', '/v1/conversions', { body: purchase(ref.code) });
    expect(claim.body.conversion).toMatchObject({ source: 'client', status: 'pending' });
    expect((await view(ref.token)).rewards.map((r: { status: string }) => r.status)).toEqual(['pending']);
    const approved = await t.call('POST', `/v1/conversions/${claim.body.conversion.id}/approve`, { key: 'sk' });
    expect(approved).toMatchObject({ status: 200, body: { conversion: { status: 'approved' } } });
    expect((await view(ref.token)).rewards.map((r: { status: string }) => r.status)).toEqual(['earned']);
    const pkApprove = await t.call('POST', `/v1/conversions/${claim.body.conversion.id}/approve`);
    expect(pkApprove.body.code).toBe('secret_key_required');
  });

  it('gives the friend reward to the friend once they join', async () => {
    const ref = await referrer();
    const friendEmail = uniqueEmail('friend');
    await t.call('POST', '/v1/conversions', {
      key: 'sk',
      body: purchase(ref.code, { customer: { email: friendEmail } }),
    });
    const friend = await t.call('POST', '/v1/participants', { body: { email: friendEmail } });
    const rewards = (await view(friend.body.token)).rewards;
    expect(rewards).toEqual([expect.objectContaining({ side: 'friend', status: 'earned' })]);
  });

  it('rewards a repeat buyer only once, and does not count small or other events', async () => {
    const ref = await referrer();
    const customer = { email: uniqueEmail('repeat') };
    await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code, { customer }) });
    await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code, { customer }) });
    const small = await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code, { amount: 999 }) });
    expect(small.body.conversion.qualifying).toBe(false);
    const signup = await t.call('POST', '/v1/conversions', {
      key: 'sk',
      body: {
        event: 'signup',
        idempotencyKey: uniqueId('s'),
        referral: { code: ref.code },
        customer: { email: uniqueEmail() },
      },
    });
    expect(signup.body.conversion.qualifying).toBe(false);
    const me = await view(ref.token);
    expect(me.stats).toMatchObject({ conversions: 2, signups: 1 });
    expect(me.rewards).toHaveLength(1);
    expect(me.tier).toMatchObject({ count: 1, remaining: 1 });
  });

  it('flags self-referrals by email or visitor id and grants nothing', async () => {
    const visitorId = uniqueId('vis');
    const ref = await referrer(visitorId);
    const byEmail = await t.call('POST', '/v1/conversions', {
      key: 'sk',
      body: purchase(ref.code, { customer: { email: ref.email.toUpperCase() } }),
    });
    expect(byEmail.body.conversion).toMatchObject({ status: 'flagged', flagReason: 'self_referral' });
    const byVisitor = await t.call('POST', '/v1/conversions', { body: purchase(ref.code, { visitorId }) });
    expect(byVisitor.body.conversion.flagReason).toBe('self_referral');
    expect((await view(ref.token)).rewards).toEqual([]);
  });

  it('flags an order reported again under another key', async () => {
    const ref = await referrer();
    const orderId = uniqueId('order');
    await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code, { orderId }) });
    const again = await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code, { orderId }) });
    expect(again.body.conversion).toMatchObject({ status: 'flagged', flagReason: 'duplicate_customer' });
  });

  const statuses = (rewards: { status: string }[]) => rewards.map((r) => r.status).sort();

  it("stores the shop's report of an order a browser claimed as sent, and sets the claim aside", async () => {
    const ref = await referrer();
    const order = { orderId: uniqueId('order'), customer: { email: uniqueEmail('buyer') } };
    const claim = await t.call('POST', '/v1/conversions', { body: purchase(ref.code, order) });
    expect(claim.body.conversion.status).toBe('pending');
    const fact = await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code, order) });
    expect(fact.status).toBe(201);
    expect(fact.body.conversion).toMatchObject({ source: 'server', status: 'approved', flagReason: null });
    const list = await t.call('GET', `/v1/conversions?orderId=${order.orderId}`, { key: 'sk' });
    expect(list.body.items.map((c: { source: string; status: string }) => [c.source, c.status])).toEqual([
      ['client', 'flagged'],
      ['server', 'approved'],
    ]);
    const me = await view(ref.token);
    expect(statuses(me.rewards)).toEqual(['earned', 'reversed']);
    expect(me.stats).toMatchObject({ conversions: 1, revenue: [{ amount: 4999, currency: 'USD' }] });
  });

  it("never lets a browser claim under the shop's idempotency key block or redirect the shop's report", async () => {
    const rita = await referrer();
    const attacker = await referrer();
    const idempotencyKey = uniqueId('order');
    const real = purchase(rita.code, { idempotencyKey, orderId: idempotencyKey });
    const squat = await t.call('POST', '/v1/conversions', {
      body: { ...real, referral: { code: attacker.code }, amount: 9999 },
    });
    expect(squat.body.conversion).toMatchObject({ source: 'client', status: 'pending', referrerCode: attacker.code });
    expect(statuses((await view(attacker.token)).rewards)).toEqual(['pending']);

    const fact = await t.call('POST', '/v1/conversions', { key: 'sk', body: real });
    expect(fact.status).toBe(201);
    expect(fact.body.conversion).toMatchObject({
      source: 'server',
      status: 'approved',
      idempotencyKey,
      referrerCode: rita.code,
      amount: 4999,
    });
    const replay = await t.call('POST', '/v1/conversions', { key: 'sk', body: real });
    expect(replay.body).toMatchObject({ duplicate: true, conversion: { id: fact.body.conversion.id } });
    expect(statuses((await view(rita.token)).rewards)).toEqual(['earned']);
    expect(statuses((await view(attacker.token)).rewards)).toEqual(['reversed']);
    expect((await view(attacker.token)).stats).toMatchObject({ conversions: 0, revenue: [] });
    const claimAgain = await t.call('POST', '/v1/conversions', {
      body: { ...real, referral: { code: attacker.code }, amount: 9999 },
    });
    expect(claimAgain.body).toMatchObject({ duplicate: true, conversion: { id: squat.body.conversion.id } });
  });

  it("flags a claim that arrives after the shop's report of the same key or order, and it earns nothing", async () => {
    const rita = await referrer();
    const attacker = await referrer();
    const idempotencyKey = uniqueId('order');
    await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(rita.code, { idempotencyKey }) });
    const late = await t.call('POST', '/v1/conversions', {
      body: purchase(attacker.code, { idempotencyKey }),
    });
    expect(late.status).toBe(201);
    expect(late.body.conversion).toMatchObject({ status: 'flagged', flagReason: 'duplicate_customer' });
    expect((await view(attacker.token)).rewards).toEqual([]);
    expect(statuses((await view(rita.token)).rewards)).toEqual(['earned']);
  });

  it('sets aside a claim approved by review when the shop reports the order, so it counts once', async () => {
    const ref = await referrer();
    const order = { orderId: uniqueId('order'), customer: { email: uniqueEmail('buyer') } };
    const claim = await t.call('POST', '/v1/conversions', { body: purchase(ref.code, order) });
    await t.call('POST', `/v1/conversions/${claim.body.conversion.id}/approve`, { key: 'sk' });
    expect(statuses((await view(ref.token)).rewards)).toEqual(['earned']);
    await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code, order) });
    const me = await view(ref.token);
    expect(statuses(me.rewards)).toEqual(['earned', 'reversed']);
    expect(me.stats.conversions).toBe(1);
  });

  it('keeps two claims under one key to one record, as for any key', async () => {
    const ref = await referrer();
    const body = purchase(ref.code);
    await t.call('POST', '/v1/conversions', { body });
    const conflict = await t.call('POST', '/v1/conversions', { body: { ...body, amount: 1234 } });
    expect(conflict).toMatchObject({ status: 409, body: { code: 'idempotency_conflict' } });
  });

  it('unlocks a tier at its threshold and reverses it with the refund that drops below', async () => {
    const ref = await referrer();
    const first = await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code) });
    await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code) });
    let me = await view(ref.token);
    expect(me.tier).toMatchObject({ current: { id: 'silver' }, count: 2, next: null, remaining: null });
    expect(me.rewards.filter((r: { tierId: string | null }) => r.tierId === 'silver')).toHaveLength(1);

    const refund = await t.call('POST', `/v1/conversions/${first.body.conversion.id}/refund`, { key: 'sk' });
    expect(refund.status).toBe(200);
    expect(refund.body.conversion.status).toBe('refunded');
    expect(refund.body.reversed.map((g: { tierId: string | null }) => g.tierId).sort()).toEqual([null, null, 'silver']);
    me = await view(ref.token);
    expect(me.tier).toMatchObject({ current: null, count: 1 });
    expect(me.stats.conversions).toBe(1);

    const twice = await t.call('POST', `/v1/conversions/${first.body.conversion.id}/refund`, { key: 'sk' });
    expect(twice).toMatchObject({ status: 409, body: { code: 'invalid_state' } });
    const approve = await t.call('POST', `/v1/conversions/${first.body.conversion.id}/approve`, { key: 'sk' });
    expect(approve).toMatchObject({ status: 409, body: { code: 'invalid_state' } });
    const missing = await t.call('POST', '/v1/conversions/cnv_missing/refund', { key: 'sk' });
    expect(missing).toMatchObject({ status: 404, body: { code: 'not_found' } });
  });

  it('validates conversion bodies field by field', async () => {
    const answer = await t.call('POST', '/v1/conversions', {
      body: {
        event: 'Purchase!',
        idempotencyKey: 'has space',
        amount: 1.5,
        referral: { code: '!' },
        metadata: { a: {} },
      },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '/event',
      '/idempotencyKey',
      '/referral/code',
      '/amount',
      '/metadata/a',
    ]);
    const currency = await t.call('POST', '/v1/conversions', { body: { ...purchase(null), currency: undefined } });
    expect(currency.body.errors).toEqual([{ path: '/currency', message: 'is required with amount' }]);
  });

  it('ranks referrers on the leaderboard with privacy-safe names and the caller row', async () => {
    const ref = await referrer();
    for (let i = 0; i < 3; i++) await t.call('POST', '/v1/conversions', { key: 'sk', body: purchase(ref.code) });
    const board = await t.call('GET', '/v1/leaderboard?limit=1', { headers: { 'x-rujuk-token': ref.token } });
    expect(board.status).toBe(200);
    expect(board.body.entries).toEqual([{ rank: 1, displayName: 'Rita R.', conversions: 3, isMe: true }]);
    expect(board.body.me).toEqual(board.body.entries[0]);
    const fresh = await referrer();
    const mine = await t.call('GET', '/v1/leaderboard', { headers: { 'x-rujuk-token': fresh.token } });
    expect(mine.body.me).toMatchObject({ conversions: 0, isMe: true });
    expect(mine.body.entries.every((e: { displayName: string }) => !e.displayName.includes('@'))).toBe(true);
    const bad = await t.call('GET', '/v1/leaderboard?limit=0');
    expect(bad).toMatchObject({ status: 400, body: { code: 'invalid_request' } });
  });

  it('pages secret-key lists with a cursor', async () => {
    const first = await t.call('GET', '/v1/participants?limit=2', { key: 'sk' });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toMatch(/^c\d+$/);
    const second = await t.call('GET', `/v1/participants?limit=2&cursor=${first.body.nextCursor}`, { key: 'sk' });
    expect(second.body.items[0].id).not.toBe(first.body.items[1].id);
    const one = await t.call('GET', `/v1/participants/${first.body.items[0].id}`, { key: 'sk' });
    expect(one.body.participant.id).toBe(first.body.items[0].id);
    const bad = await t.call('GET', '/v1/clicks?cursor=zzz&limit=500', { key: 'sk' });
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['/limit', '/cursor']);
    const flagged = await t.call('GET', '/v1/conversions?status=flagged', { key: 'sk' });
    expect(flagged.body.items.every((c: { status: string }) => c.status === 'flagged')).toBe(true);
  });
});
