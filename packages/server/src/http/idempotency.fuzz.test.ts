import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../ids/canonical-json.js';
import { expectProblem, type FuzzApp, unique, useFuzzApp } from '../test-support/fuzz-app.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from '../test-support/fuzz-runs.js';
import { storableText } from '../test-support/hostile-text.js';
import { schemaOf, validBody } from '../test-support/schema-arbitraries.js';
import { databases } from '../test-support/test-app.js';

// A property runs many requests: give it time enough on a loaded machine or on PostgreSQL.
vi.setConfig({ testTimeout: FUZZ_TIMEOUT });

type Body = Record<string, unknown>;

// Conversion bodies the protocol allows, on one referral code that exists, amount and currency paired.
const conversion = (app: FuzzApp) =>
  validBody(schemaOf('ConversionRequest'), {
    '/idempotencyKey': fc.constant('set-below'),
    '/referral/code': fc.constant(app.code),
  }).map((body) => {
    const { amount, currency, ...rest } = body as Body;
    return amount !== undefined && currency !== undefined ? { ...rest, amount, currency } : rest;
  });

// Join bodies the protocol allows, any idempotency key made unique so no two properties share one.
const join = validBody(schemaOf('JoinRequest')).map((body) =>
  body.idempotencyKey === undefined
    ? body
    : { ...body, idempotencyKey: `${String(body.idempotencyKey).slice(0, 100)}:${unique()}` },
);

// The same JSON with its keys in another order, at every depth.
const reordered = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reordered);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, child]) => [key, reordered(child)]),
  );
};

describe.each(databases)('idempotency keys replayed on the $name database', ({ url }) => {
  const app = useFuzzApp(url);

  const stored = async (key: string) =>
    (await app.call('GET', `/v1/conversions?idempotencyKey=${encodeURIComponent(key)}`, { key: 'sk' })).body.items;

  it('refuses a replayed key with any different body with 409, keeping the first conversion as it was', async () => {
    await fc.assert(
      fc.asyncProperty(conversion(app), conversion(app), fc.boolean(), async (first, second, bySecret) => {
        const key = `replay:${unique()}`;
        const a = { ...first, idempotencyKey: key };
        const b = { ...second, idempotencyKey: key };
        fc.pre(canonicalJson(a) !== canonicalJson(b));
        // Claims and facts keep separate keys, so the replay comes with the same key as the first.
        const source = bySecret ? 'sk' : 'pk';
        expect((await app.call('POST', '/v1/conversions', { body: a, key: source })).status).toBe(201);
        const kept = await stored(key);
        const before = await app.snapshot();
        const answer = await app.call('POST', '/v1/conversions', { body: b, key: source });
        expectProblem(answer, 409, 'idempotency_conflict');
        expect(answer.body.detail).toContain(key);
        expect(await app.snapshot()).toEqual(before);
        expect(await stored(key)).toEqual(kept);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('counts a replay of the same body once, whatever its key order, spacing or number of copies in flight', async () => {
    await fc.assert(
      fc.asyncProperty(conversion(app), fc.integer({ min: 1, max: 6 }), async (body, copies) => {
        const key = `same:${unique()}`;
        const a = { ...body, idempotencyKey: key };
        const texts = [JSON.stringify(a), JSON.stringify(reordered(a), null, 2)];
        const answers = await Promise.all(
          Array.from({ length: copies + 1 }, (_, index) =>
            app.call('POST', '/v1/conversions', { body: texts[index % 2]! }),
          ),
        );
        expect(answers.map((answer) => answer.status).sort()).toEqual([...Array(copies).fill(200), 201]);
        expect(answers.every((answer) => answer.body.conversion.id === answers[0]!.body.conversion.id)).toBe(true);
        expect(await stored(key)).toHaveLength(1);
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });

  it('stores exactly one conversion when different bodies race for one key; every other racer gets 409', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(storableText(20), { minLength: 2, maxLength: 5 }), async (orders) => {
        const key = `race:${unique()}`;
        const answers = await Promise.all(
          orders.map((orderId) =>
            app.call('POST', '/v1/conversions', {
              body: { event: 'purchase', idempotencyKey: key, orderId: `o${orderId}` },
            }),
          ),
        );
        expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(orders.length - 1).fill(409)]);
        expect(await stored(key)).toHaveLength(1);
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });

  it('keeps the first click of a click id unchanged whatever a replay says, and answers it as a duplicate', async () => {
    const click = validBody(schemaOf('ClickRequest'), { '/code': fc.constant(app.code) });
    await fc.assert(
      fc.asyncProperty(click, click, async (first, second) => {
        const clickId = `c_${unique()}`;
        const created = await app.call('POST', '/v1/clicks', { body: { ...first, clickId } });
        expect(created.status).toBe(201);
        const before = await app.snapshot();
        const replay = await app.call('POST', '/v1/clicks', { body: { ...second, clickId } });
        expect(replay.status).toBe(200);
        expect(replay.body).toEqual({ ...created.body, duplicate: true });
        expect(await app.snapshot()).toEqual(before);
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });

  it('keeps a participant unchanged when someone joins again with the same email and other details', async () => {
    await fc.assert(
      fc.asyncProperty(join, join, async (first, second) => {
        const email = `same.${unique()}@example.com`;
        const created = await app.call('POST', '/v1/participants', { body: { ...first, email } });
        expect(created.status).toBe(201);
        const before = await app.snapshot();
        const again = await app.call('POST', '/v1/participants', {
          body: { ...second, email: ` ${email.toUpperCase()} ` },
        });
        expect(again.status).toBe(200);
        expect(again.body).toMatchObject({
          created: false,
          token: null,
          participant: { id: created.body.participant.id },
        });
        // A key of its own is remembered, for the answer it got: no token.
        const after = await app.snapshot();
        if (second.idempotencyKey !== undefined) {
          expect(after.join_keys!.rows).toBe(before.join_keys!.rows + 1);
          after.join_keys = before.join_keys!;
        }
        expect(after).toEqual(before);
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });

  it('answers a keyed join sent again as the first did, whatever else the retry says, with a fresh token', async () => {
    await fc.assert(
      fc.asyncProperty(join, join, async (first, second) => {
        const email = `retry.${unique()}@example.com`;
        const idempotencyKey = `join:${unique()}`;
        const created = await app.call('POST', '/v1/participants', { body: { ...first, email, idempotencyKey } });
        expect(created.status).toBe(201);
        const before = await app.snapshot();
        const again = await app.call('POST', '/v1/participants', {
          body: { ...second, email: ` ${email.toUpperCase()} `, idempotencyKey },
        });
        expect(again.status).toBe(201);
        expect(again.body).toMatchObject({ created: true, participant: created.body.participant });
        expect(again.body.token).toMatch(/^pt_/);
        expect(again.body.token).not.toBe(created.body.token);
        const after = await app.snapshot();
        expect(after.participant_tokens!.rows).toBe(before.participant_tokens!.rows + 1);
        expect({ ...after, participant_tokens: null }).toEqual({ ...before, participant_tokens: null });
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });

  it('refuses a join key sent again with any other email with 409, changing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(join, join, fc.boolean(), async (first, second, bySecret) => {
        const idempotencyKey = `join:${unique()}`;
        const body = { ...first, email: `first.${unique()}@example.com`, idempotencyKey };
        expect((await app.call('POST', '/v1/participants', { body })).status).toBe(201);
        const before = await app.snapshot();
        const answer = await app.call('POST', '/v1/participants', {
          body: { ...second, email: `other.${unique()}@example.com`, idempotencyKey },
          key: bySecret ? 'sk' : 'pk',
        });
        expectProblem(answer, 409, 'idempotency_conflict');
        expect(answer.body.detail).toContain(idempotencyKey);
        expect(answer.body.detail).not.toContain(body.email);
        expect(await app.snapshot()).toEqual(before);
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });

  it('enrols exactly one participant when different emails race for one join key; every other racer gets 409', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 5 }), async (racers) => {
        const idempotencyKey = `race:${unique()}`;
        const emails = Array.from({ length: racers }, () => `racer.${unique()}@example.com`);
        const answers = await Promise.all(
          emails.map((email) => app.call('POST', '/v1/participants', { body: { email, idempotencyKey } })),
        );
        expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(racers - 1).fill(409)]);
        const enrolled = await Promise.all(
          emails.map(
            async (email) =>
              (await app.call('GET', `/v1/participants?email=${encodeURIComponent(email)}`, { key: 'sk' })).body.items,
          ),
        );
        expect(enrolled.flat()).toHaveLength(1);
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });
});
