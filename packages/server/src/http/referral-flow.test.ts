import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { databases, testApp, uniqueEmail, uniqueId, useTestApp } from '../test-support/test-app.js';

describe.each(databases)('clicks, joins and the participant view on the $name database', ({ url }) => {
  const t = useTestApp(url, undefined, { clicksPerMinute: 3, joinsPerMinute: 1000 });

  async function join(body: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    return t.call('POST', '/v1/participants', { body: { email: uniqueEmail(), ...body }, headers });
  }

  function sign(email: string): string {
    return createHmac('sha256', t.ctx.keys.secretKey).update(email.trim().toLowerCase()).digest('hex');
  }

  it('enrols a new participant with a code, a share link and a token', async () => {
    const answer = await join({ name: 'Anna Kowalska', email: 'Anna.K@Example.com ' });
    expect(answer.status).toBe(201);
    expect(answer.body.created).toBe(true);
    expect(answer.body.token).toMatch(/^pt_[A-Za-z0-9]{32}$/);
    const { participant } = answer.body;
    expect(participant.code).toMatch(/^ANNA\d{2,}$/);
    expect(participant.shareUrl).toBe(`http://localhost:5173/?ref=${participant.code}`);
    expect(participant.email).toBe('anna.k@example.com');
  });

  it('answers a known email with created false and no token unless identity is proven', async () => {
    const email = uniqueEmail('known');
    const first = await join({ email });
    const anonymous = await join({ email });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ created: false, token: null });
    expect(anonymous.body.participant).not.toHaveProperty('email');
    expect(anonymous.body.participant.id).toBe(first.body.participant.id);

    const withToken = await join({ email }, { 'x-rujuk-token': first.body.token });
    expect(withToken.body.token).toBe(first.body.token);
    const signed = await join({ email }, { 'x-rujuk-email': email, 'x-rujuk-signature': sign(email) });
    expect(signed.body.token).toMatch(/^pt_/);
    expect(signed.body.token).not.toBe(first.body.token);
    const stale = await join({ email }, { 'x-rujuk-token': `pt_${'x'.repeat(32)}` });
    expect(stale.body).toMatchObject({ created: false, token: null });
    const forged = await join({ email }, { 'x-rujuk-email': email, 'x-rujuk-signature': sign('other@example.com') });
    expect(forged).toMatchObject({ status: 401, body: { code: 'invalid_signature' } });
  });

  it('ignores an unknown referredBy and still enrols', async () => {
    const answer = await join({ referredBy: 'NOSUCHCODE' });
    expect(answer.status).toBe(201);
    expect(answer.body.participant.referredBy).toBeNull();
  });

  it('records a click once per click id and matches codes case-insensitively', async () => {
    const { participant } = (await join({ name: 'Budi' })).body;
    const clickId = uniqueId('clk');
    const body = {
      code: participant.code.toLowerCase(),
      clickId,
      url: 'https://shop.example/?ref=x',
      utm: { source: 'mail' },
    };
    const first = await t.call('POST', '/v1/clicks', { body, headers: { 'content-type': 'text/plain' } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      duplicate: false,
      click: { code: participant.code, flagged: false, utm: { source: 'mail' } },
    });
    const replay = await t.call('POST', '/v1/clicks', { body });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ duplicate: true, click: { id: first.body.click.id } });
    const list = await t.call('GET', `/v1/clicks?clickId=${clickId}`, { key: 'sk' });
    expect(list.body.items).toHaveLength(1);
  });

  it('stores one row when the same click id arrives many times at once', async () => {
    const { participant } = (await join()).body;
    const clickId = uniqueId('race');
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => t.call('POST', '/v1/clicks', { body: { code: participant.code, clickId } })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200 && a.body.duplicate)).toHaveLength(11);
    expect(new Set(answers.map((a) => a.body.click.id)).size).toBe(1);
  });

  it('answers 404 unknown_code for a code nobody has', async () => {
    const answer = await t.call('POST', '/v1/clicks', { body: { code: 'NOBODY99', clickId: uniqueId() } });
    expect(answer).toMatchObject({ status: 404, body: { code: 'unknown_code' } });
  });

  it('keeps bot, self-referral and over-limit clicks, flagged, out of the stats', async () => {
    const visitorId = uniqueId('vis');
    const joined = (await join({ visitorId })).body;
    const { code } = joined.participant;
    const bot = await t.call('POST', '/v1/clicks', {
      body: { code, clickId: uniqueId() },
      headers: { 'user-agent': 'Mozilla/5.0 (compatible; bingbot/2.0)' },
    });
    expect(bot.body.click).toMatchObject({ flagged: true, flagReason: 'bot' });
    const self = await t.call('POST', '/v1/clicks', { body: { code, clickId: uniqueId(), visitorId } });
    expect(self.body.click.flagReason).toBe('self_referral');
    // The limiter allows 3 clicks per IP per minute in this suite; earlier tests used some.
    const reasons: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      const answer = await t.call('POST', '/v1/clicks', { body: { code, clickId: uniqueId() } });
      expect(answer.status).toBe(201);
      reasons.push(answer.body.click.flagReason);
    }
    expect(reasons.at(-1)).toBe('rate_limited');
    const me = await t.call('GET', '/v1/participants/me', { headers: { 'x-rujuk-token': joined.token } });
    expect(me.body.stats.clicks).toBe(reasons.filter((r) => r === null).length);
  });

  it('shows the participant their stats, tier progress and redeem URL', async () => {
    const referrer = (await join({ name: 'Chen Wei' })).body;
    const friendEmail = uniqueEmail('friend');
    await join({ email: friendEmail, referredBy: referrer.participant.code });
    await join({ referredBy: referrer.participant.code });
    const me = await t.call('GET', '/v1/participants/me', { headers: { 'x-rujuk-token': referrer.token } });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      participant: { id: referrer.participant.id, email: referrer.participant.email },
      stats: { clicks: 0, signups: 2, conversions: 0, revenue: [] },
      rewards: [],
      tier: { current: null, next: { id: 'silver' }, count: 0, remaining: 3 },
      redeemUrl: 'http://localhost:5173/account/credit',
    });
  });

  it('accepts a signed email as participant identity', async () => {
    const email = uniqueEmail('signed');
    await join({ email });
    const me = await t.call('GET', '/v1/participants/me', {
      headers: { 'x-rujuk-email': email.toUpperCase(), 'x-rujuk-signature': sign(email) },
    });
    expect(me.status).toBe(200);
    expect(me.body.participant.email).toBe(email);
  });

  it('refuses the participant view without or with a wrong identity', async () => {
    const cases: [Record<string, string>, number, string][] = [
      [{}, 401, 'participant_auth_required'],
      [{ 'x-rujuk-token': 'pt_nope' }, 401, 'invalid_token'],
      [{ 'x-rujuk-email': 'a@b.co', 'x-rujuk-signature': 'f'.repeat(64) }, 401, 'invalid_signature'],
      [{ 'x-rujuk-email': 'a@b.co' }, 401, 'invalid_signature'],
      [{ 'x-rujuk-email': 'nobody@b.co', 'x-rujuk-signature': sign('nobody@b.co') }, 404, 'not_found'],
    ];
    for (const [headers, status, code] of cases) {
      const answer = await t.call('GET', '/v1/participants/me', { headers });
      expect({ status: answer.status, code: answer.body.code }, JSON.stringify(headers)).toEqual({ status, code });
    }
  });

  it('limits joins per address with 429 and Retry-After', async () => {
    const strict = await testApp(url, undefined, { joinsPerMinute: 1 });
    try {
      expect((await strict.call('POST', '/v1/participants', { body: { email: uniqueEmail() } })).status).toBe(201);
      const limited = await strict.call('POST', '/v1/participants', { body: { email: uniqueEmail() } });
      expect(limited).toMatchObject({ status: 429, body: { code: 'rate_limited' } });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await strict.close();
    }
  }, 120_000);

  it('validates join bodies field by field', async () => {
    const answer = await t.call('POST', '/v1/participants', {
      body: { email: 'not-an-email', name: 7, referredBy: 'x', visitorId: 'short' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '/email',
      '/name',
      '/referredBy',
      '/visitorId',
    ]);
  });
});
