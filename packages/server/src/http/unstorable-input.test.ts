import { beforeAll, describe, expect, it } from 'vitest';
import { dbSnapshot } from '../test-support/db-snapshot.js';
import { databases, uniqueEmail, useTestApp } from '../test-support/test-app.js';

// Each of these once reached the database and came back as a 500 internal_error (or was silently changed).
describe.each(databases)('input no database can store, on the $name database', ({ url }) => {
  const t = useTestApp(url);
  let code: string;
  beforeAll(async () => {
    code = (await t.call('POST', '/v1/participants', { body: { email: uniqueEmail() } })).body.participant.code;
  });

  it('answers a NUL or an unpaired surrogate in any body text with 400 naming the field, and stores nothing', async () => {
    const cases: [string, unknown, string][] = [
      ['/v1/clicks', { code, clickId: 'click_nul_1', url: 'https://shop.example/\u0000' }, '/url'],
      ['/v1/clicks', { code, clickId: 'click_nul_2', utm: { source: '\u0000' } }, '/utm/source'],
      ['/v1/participants', { email: uniqueEmail(), name: 'An\u0000na' }, '/name'],
      ['/v1/participants', { email: 'nul\u0000@example.com' }, '/email'],
      ['/v1/conversions', { event: 'purchase', idempotencyKey: 'k1', orderId: '1\u0000' }, '/orderId'],
      ['/v1/conversions', { event: 'purchase', idempotencyKey: 'k2', metadata: { a: '\uD800' } }, '/metadata/a'],
      ['/v1/conversions', { event: 'purchase', idempotencyKey: 'k3', metadata: { '\u0000': 1 } }, '/metadata/\u0000'],
    ];
    const before = await dbSnapshot(t.ctx.db);
    for (const [path, body, field] of cases) {
      const answer = await t.call('POST', path, { body });
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 400,
        code: 'invalid_request',
      });
      expect(answer.body.errors).toContainEqual(expect.objectContaining({ path: field }));
    }
    expect(await dbSnapshot(t.ctx.db)).toEqual(before);
  });

  it('answers a NUL in a list filter with an empty page, and in a record id with 404', async () => {
    for (const path of ['/v1/clicks?clickId=%00', '/v1/participants?email=%00', '/v1/conversions?orderId=a%00']) {
      const answer = await t.call('GET', path, { key: 'sk' });
      expect({ path, status: answer.status, body: answer.body }).toEqual({
        path,
        status: 200,
        body: { items: [], nextCursor: null },
      });
    }
    for (const [method, path] of [
      ['GET', '/v1/participants/par_%00'],
      ['POST', '/v1/conversions/%00/approve'],
      ['POST', '/v1/conversions/cnv_%00/refund'],
    ] as const) {
      const answer = await t.call(method, path, { key: 'sk' });
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({ path, status: 404, code: 'not_found' });
    }
  });

  it('answers a body nested thousands of levels deep with 400 instead of overflowing the stack', async () => {
    const body = `{"event":"purchase","idempotencyKey":"deep","x":${'['.repeat(7000)}${']'.repeat(7000)}}`;
    const answer = await t.call('POST', '/v1/conversions', { body });
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 400, code: 'invalid_request' });
  });

  it('stores a metadata key named __proto__ like any other key', async () => {
    const body = '{"event":"purchase","idempotencyKey":"proto","metadata":{"__proto__":"x","plan":"pro"}}';
    expect((await t.call('POST', '/v1/conversions', { body })).status).toBe(201);
    const [row] = await t.ctx.db.query<{ metadata: string }>(
      `SELECT metadata::text AS metadata FROM conversions WHERE idempotency_key = 'proto'`,
    );
    expect(Object.entries(JSON.parse(row!.metadata)).sort()).toEqual([
      ['__proto__', 'x'],
      ['plan', 'pro'],
    ]);
  });
});
