import { describe, expect, it } from 'vitest';
import { databases, type TestApp, useTestApp } from '../test-support/test-app.js';

describe.each(databases)('protocol basics on the $name database', ({ url }) => {
  const t = useTestApp(url);

  it('answers health without a key', async () => {
    const answer = await t.call('GET', '/v1/health', { key: null });
    expect(answer).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('serves the public program with the publishable key, in the header or the query', async () => {
    const byHeader = await t.call('GET', '/v1/program');
    expect(byHeader.status).toBe(200);
    expect(byHeader.body).toMatchObject({ id: 'demo', tiers: [{ id: 'silver' }, { id: 'gold' }] });
    expect(byHeader.body).not.toHaveProperty('allowedOrigins');
    const byQuery = await t.call('GET', `/v1/program?key=${t.ctx.keys.publishableKey}`, { key: null });
    expect(byQuery.status).toBe(200);
  });

  it('answers problem+json with a stable code for every key failure', async () => {
    const cases: [Parameters<TestApp['call']>, number, string][] = [
      [['GET', '/v1/program', { key: null }], 401, 'missing_key'],
      [['GET', '/v1/program', { key: { authorization: 'Bearer pk_wrong' } }], 401, 'invalid_key'],
      [['GET', '/v1/program', { key: { authorization: 'Basic abc' } }], 401, 'invalid_key'],
      [['GET', '/v1/program', { key: { authorization: 'Bearer sk_wrong' } }], 401, 'invalid_key'],
      [['GET', '/v1/conversions'], 403, 'secret_key_required'],
      [['GET', '/v1/program?key=sk_whatever', { key: null }], 403, 'secret_key_exposed'],
      [
        ['GET', '/v1/conversions', { key: 'sk', headers: { origin: 'http://localhost:3000' } }],
        403,
        'secret_key_exposed',
      ],
      [['GET', '/v1/program', { headers: { origin: 'https://evil.example' } }], 403, 'origin_not_allowed'],
    ];
    for (const [args, status, code] of cases) {
      const answer = await t.call(...args);
      expect({ status: answer.status, code: answer.body.code }, `${args[1]} ${JSON.stringify(args[2])}`).toEqual({
        status,
        code,
      });
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(answer.body).toMatchObject({ type: `https://rujuk.dev/problems/${code}`, status });
      expect(answer.body.detail.length).toBeGreaterThan(10);
    }
  });

  it('names a challenge in WWW-Authenticate on every 401, and only there', async () => {
    const cases: [Parameters<TestApp['call']>, string][] = [
      [['GET', '/v1/program', { key: null }], 'Bearer realm="rujuk"'],
      [
        ['GET', '/v1/program', { key: { authorization: 'Bearer pk_wrong' } }],
        'Bearer realm="rujuk", error="invalid_token"',
      ],
      [['GET', '/v1/participants/me'], 'Rujuk-Participant realm="rujuk"'],
      [
        ['GET', '/v1/participants/me', { headers: { 'x-rujuk-token': 'pt_unknown' } }],
        'Rujuk-Participant realm="rujuk", error="invalid_token"',
      ],
    ];
    for (const [args, challenge] of cases) {
      const answer = await t.call(...args);
      expect(answer.status, `${args[1]} ${JSON.stringify(args[2])}`).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe(challenge);
    }
    const forbidden = await t.call('GET', '/v1/conversions');
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('www-authenticate')).toBeNull();
  });

  it('answers preflights from allowed origins with the CORS headers', async () => {
    const answer = await t.call('OPTIONS', '/v1/clicks', {
      key: null,
      headers: { origin: 'http://shop.test:5173', 'access-control-request-method': 'POST' },
    });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://shop.test:5173');
    expect(answer.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(answer.headers.get('access-control-allow-headers')).toBe(
      'authorization, content-type, x-rujuk-token, x-rujuk-email, x-rujuk-signature',
    );
    expect(answer.headers.get('access-control-max-age')).toBe('86400');
    expect(answer.headers.get('vary')).toBe('Origin');
  });

  it('refuses preflights from other origins', async () => {
    const answer = await t.call('OPTIONS', '/v1/clicks', { key: null, headers: { origin: 'https://evil.example' } });
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('origin_not_allowed');
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('adds Access-Control-Allow-Origin to answers for allowed origins, errors included', async () => {
    const ok = await t.call('GET', '/v1/program', { headers: { origin: 'http://127.0.0.1:4000' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4000');
    const failed = await t.call('POST', '/v1/clicks', { body: {}, headers: { origin: 'http://127.0.0.1:4000' } });
    expect(failed.status).toBe(400);
    expect(failed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4000');
    expect(failed.headers.get('access-control-expose-headers')).toBe('retry-after');
  });

  it('answers unknown paths with 404 not_found and wrong methods with 405 and Allow', async () => {
    const missing = await t.call('GET', '/v1/nothing');
    expect(missing).toMatchObject({ status: 404, body: { code: 'not_found' } });
    const wrong = await t.call('DELETE', '/v1/clicks');
    expect(wrong).toMatchObject({ status: 405, body: { code: 'method_not_allowed' } });
    expect(wrong.headers.get('allow')).toBe('GET, POST');
  });

  it('answers body failures precisely', async () => {
    const form = await t.call('POST', '/v1/clicks', {
      body: 'a=1',
      headers: { 'content-type': 'multipart/form-data' },
    });
    expect(form).toMatchObject({ status: 415, body: { code: 'unsupported_media_type' } });
    const big = await t.call('POST', '/v1/clicks', { body: { code: 'ANNA42', pad: 'x'.repeat(17_000) } });
    expect(big).toMatchObject({ status: 413, body: { code: 'payload_too_large' } });
    const broken = await t.call('POST', '/v1/clicks', { body: '{"code":' });
    expect(broken).toMatchObject({ status: 400, body: { code: 'invalid_json' } });
    const typed = await t.call('POST', '/v1/clicks', { body: { code: 42, clickId: ['x'], url: 'x'.repeat(3000) } });
    expect(typed.status).toBe(400);
    expect(typed.body.code).toBe('invalid_request');
    expect(typed.body.errors).toEqual([
      { path: '/code', message: 'must be a string, got a number' },
      { path: '/clickId', message: 'must be a string, got an array' },
      { path: '/url', message: 'must be at most 2048 characters' },
    ]);
  });

  it('keeps SQL and markup in values as plain data', async () => {
    const email = `o'brien+"x"--;@example.com`;
    const name = "Robert'); DROP TABLE participants;-- <script>alert('x')</script>";
    const join = await t.call('POST', '/v1/participants', { body: { email, name } });
    expect(join.status).toBe(201);
    expect(join.body.participant.name).toBe(name);
    expect(join.body.participant.email).toBe(email);
    const again = await t.call('POST', '/v1/participants', { body: { email } });
    expect(again).toMatchObject({ status: 200, body: { created: false } });
  });
});
