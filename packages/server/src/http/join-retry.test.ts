import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../ids/random.js';
import { dbSnapshot } from '../test-support/db-snapshot.js';
import { databases, uniqueEmail, useTestApp } from '../test-support/test-app.js';

// A key as the SDK and the widget make them: 128 random bits.
const newKey = () => randomBytes(16).toString('hex');

describe.each(databases)('joins sent again with their idempotency key on the $name database', ({ url }) => {
  const t = useTestApp(url);

  const join = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.call('POST', '/v1/participants', { body, headers });
  const me = (token: string) => t.call('GET', '/v1/participants/me', { headers: { 'x-rujuk-token': token } });
  const listed = async (email: string) =>
    (await t.call('GET', `/v1/participants?email=${encodeURIComponent(email)}`, { key: 'sk' })).body.items;
  const sign = (email: string) => createHmac('sha256', t.ctx.keys.secretKey).update(email).digest('hex');
  /** Makes every stored use of the key 25 hours old. */
  const age = (key: string) =>
    t.ctx.db.query(`UPDATE join_keys SET created_at = now() - interval '25 hours' WHERE key_hash = $1`, [sha256(key)]);

  it('answers the retry of a new join as the first: 201, created, the same participant, a fresh token that works', async () => {
    const body = { email: uniqueEmail('lost'), name: 'Lina', idempotencyKey: newKey() };
    const first = await join(body);
    const retry = await join(body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({ created: true, participant: first.body.participant });
    expect(retry.body.token).toMatch(/^pt_[A-Za-z0-9]{32}$/);
    expect(retry.body.token).not.toBe(first.body.token);
    expect((await me(retry.body.token)).body.participant.id).toBe(first.body.participant.id);
    expect((await me(first.body.token)).status).toBe(200);
    expect(await listed(body.email)).toHaveLength(1);
  });

  it('matches the email of a retry as joins do: trimmed and in any case', async () => {
    const email = uniqueEmail('case');
    const idempotencyKey = newKey();
    const first = await join({ email, idempotencyKey });
    const retry = await join({ email: `  ${email.toUpperCase()} `, idempotencyKey });
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({ created: true, participant: { id: first.body.participant.id } });
    expect(retry.body.token).toMatch(/^pt_/);
  });

  it('stores only the hash of a key, with the participant and the time', async () => {
    const idempotencyKey = newKey();
    const { participant } = (await join({ email: uniqueEmail('hash'), idempotencyKey })).body;
    const rows = await t.ctx.db.query<Record<string, unknown>>(
      'SELECT key_hash, participant_id, created, token_issued, created_at FROM join_keys WHERE participant_id = $1',
      [participant.id],
    );
    expect(rows).toEqual([
      {
        key_hash: sha256(idempotencyKey),
        participant_id: participant.id,
        created: true,
        token_issued: true,
        created_at: expect.any(Date),
      },
    ]);
  });

  it('refuses the same key with another email with 409 idempotency_conflict, naming neither email, and stores nothing', async () => {
    const idempotencyKey = newKey();
    const email = uniqueEmail('owner');
    await join({ email, idempotencyKey });
    const before = await dbSnapshot(t.ctx.db);
    const other = uniqueEmail('other');
    const answer = await join({ email: other, idempotencyKey });
    expect(answer.status).toBe(409);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.body).toMatchObject({ code: 'idempotency_conflict', status: 409 });
    expect(answer.body.detail).toContain(idempotencyKey);
    expect(answer.body.detail).not.toContain(email);
    expect(answer.body.detail).not.toContain(other);
    expect(await dbSnapshot(t.ctx.db)).toEqual(before);
    expect(await listed(other)).toHaveLength(0);
  });

  it('never turns a join without proof into a token: a key first used for a known email answers no token again', async () => {
    const email = uniqueEmail('known');
    const owner = await join({ email });
    const idempotencyKey = newKey();
    for (const attempt of [1, 2]) {
      const answer = await join({ email, idempotencyKey });
      expect({ attempt, status: answer.status, token: answer.body.token, created: answer.body.created }).toEqual({
        attempt,
        status: 200,
        token: null,
        created: false,
      });
      expect(answer.body.participant).not.toHaveProperty('email');
    }
    // Proof still works as it does without a key.
    const proven = await join({ email, idempotencyKey }, { 'x-rujuk-token': owner.body.token });
    expect(proven.body.token).toBe(owner.body.token);
  });

  it('answers the retry of a join that proved who it is with a fresh token, without the proof', async () => {
    const email = uniqueEmail('signed');
    await join({ email });
    const idempotencyKey = newKey();
    const first = await join({ email, idempotencyKey }, { 'x-rujuk-email': email, 'x-rujuk-signature': sign(email) });
    expect(first.body.token).toMatch(/^pt_/);
    const retry = await join({ email, idempotencyKey });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ created: false, participant: { id: first.body.participant.id, email } });
    expect(retry.body.token).toMatch(/^pt_/);
    expect(retry.body.token).not.toBe(first.body.token);
  });

  it('stores no key when the join fails, so a retry with the right proof is a first join', async () => {
    const email = uniqueEmail('forged');
    await join({ email });
    const idempotencyKey = newKey();
    const forged = await join({ email, idempotencyKey }, { 'x-rujuk-email': email, 'x-rujuk-signature': sign('x') });
    expect(forged).toMatchObject({ status: 401, body: { code: 'invalid_signature' } });
    const again = await join({ email, idempotencyKey }, { 'x-rujuk-email': email, 'x-rujuk-signature': sign(email) });
    expect(again.body.token).toMatch(/^pt_/);
  });

  it('forgets a key after 24 hours: it may then name another email, and a later retry answers that join', async () => {
    const idempotencyKey = newKey();
    const first = await join({ email: uniqueEmail('day-one'), idempotencyKey });
    await age(idempotencyKey);
    const email = uniqueEmail('day-two');
    const next = await join({ email, idempotencyKey });
    expect(next.status).toBe(201);
    expect(next.body.participant.id).not.toBe(first.body.participant.id);
    const retry = await join({ email, idempotencyKey });
    expect(retry.status).toBe(201);
    expect(retry.body.participant.id).toBe(next.body.participant.id);
    expect(retry.body.token).toMatch(/^pt_/);
  });

  it('answers a retry after 24 hours as a join without a key: the email is known and nothing proves it', async () => {
    const body = { email: uniqueEmail('late'), idempotencyKey: newKey() };
    await join(body);
    await age(body.idempotencyKey);
    const late = await join(body);
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ created: false, token: null });
  });

  it("drops a participant's expired keys when a new one is stored, so they do not pile up", async () => {
    const email = uniqueEmail('again');
    const keys = [newKey(), newKey(), newKey()];
    for (const idempotencyKey of keys) {
      await join({ email, idempotencyKey });
      await age(idempotencyKey);
    }
    const stored = await t.ctx.db.query<{ key_hash: string }>(
      'SELECT k.key_hash FROM join_keys k JOIN participants p ON p.id = k.participant_id WHERE p.email = $1',
      [email],
    );
    expect(stored).toEqual([{ key_hash: sha256(keys[2]!) }]);
  });

  it('answers copies of one keyed join sent at once with one participant and a token in every answer', async () => {
    const body = { email: uniqueEmail('race'), idempotencyKey: newKey() };
    const answers = await Promise.all(Array.from({ length: 6 }, () => join(body)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((answer) => answer.body.participant.id)).size).toBe(1);
    expect(new Set(answers.map((answer) => answer.body.token)).size).toBe(6);
    expect(await listed(body.email)).toHaveLength(1);
  });

  it('refuses a malformed key with 400 invalid_request naming /idempotencyKey, and stores nothing', async () => {
    for (const idempotencyKey of ['', 'has spaces', 'k'.repeat(129), 'ключ', 42, ['a']]) {
      const before = await dbSnapshot(t.ctx.db);
      const answer = await join({ email: uniqueEmail('bad-key'), idempotencyKey });
      expect(answer.status, JSON.stringify(idempotencyKey)).toBe(400);
      expect(answer.body.code).toBe('invalid_request');
      expect(answer.body.errors).toEqual([{ path: '/idempotencyKey', message: expect.any(String) }]);
      expect(await dbSnapshot(t.ctx.db)).toEqual(before);
    }
  });
});
