import { createHmac } from 'node:crypto';
import { expect, test } from 'vitest';
import { deliveryProblems } from './delivery-problems.js';
import type { Delivered } from './receiver.js';

const SECRET = `whsec_${Buffer.alloc(32, 3).toString('base64')}`;
const participant = {
  id: 'par_1',
  code: 'ANNA42',
  shareUrl: 'https://shop.example/?ref=ANNA42',
  name: null,
  email: 'anna@example.com',
  referredBy: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};
const body = JSON.stringify({
  type: 'participant.created',
  timestamp: '2026-01-01T00:00:00.000Z',
  data: { participant },
});

function sign(secret: string, id: string, timestamp: string, payload: string): string {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${payload}`).digest('base64')}`;
}

function request(overrides: { headers?: Record<string, string | undefined>; body?: string; receivedAt?: number } = {}) {
  const receivedAt = overrides.receivedAt ?? Date.now();
  const timestamp = String(Math.floor(Date.now() / 1000));
  const payload = overrides.body ?? body;
  return {
    headers: {
      'content-type': 'application/json',
      'webhook-id': 'msg_1',
      'webhook-timestamp': timestamp,
      'webhook-signature': sign(SECRET, 'msg_1', timestamp, payload),
      ...overrides.headers,
    },
    body: payload,
    receivedAt,
    answered: 204,
  } as Delivered;
}

test('a signed, fresh, well-shaped request has no problem', () => {
  expect(deliveryProblems(request(), SECRET)).toEqual([]);
});

test('one matching signature among several is enough, as during a secret rotation', () => {
  const good = request();
  const header = `v1,${Buffer.alloc(32).toString('base64')} ${good.headers['webhook-signature']}`;
  expect(deliveryProblems({ ...good, headers: { ...good.headers, 'webhook-signature': header } }, SECRET)).toEqual([]);
});

test('a signature by another secret or over another body is refused', () => {
  const other = `whsec_${Buffer.alloc(32, 4).toString('base64')}`;
  expect(deliveryProblems(request(), other)).toEqual([
    'has a webhook-signature that the endpoint secret does not verify',
  ]);
  const tampered = { ...request(), body: body.replace('anna@', 'eve@') };
  expect(deliveryProblems(tampered, SECRET)).toEqual([
    'has a webhook-signature that the endpoint secret does not verify',
  ]);
});

test('missing headers, a stale timestamp and a wrong content type are each named', () => {
  expect(deliveryProblems(request({ headers: { 'webhook-id': undefined } }), SECRET)).toEqual([
    'has no webhook-id header',
  ]);
  expect(deliveryProblems(request({ receivedAt: Date.now() + 6 * 60_000 }), SECRET)).toEqual([
    expect.stringMatching(/more than five minutes from now$/),
  ]);
  expect(deliveryProblems(request({ headers: { 'webhook-timestamp': '2026-01-01T00:00:00Z' } }), SECRET)).toContain(
    'has webhook-timestamp "2026-01-01T00:00:00Z", not Unix seconds',
  );
  expect(deliveryProblems(request({ headers: { 'content-type': 'text/plain' } }), SECRET)).toEqual([
    'has content-type "text/plain", not application/json',
  ]);
});

test("a payload whose data does not match its type's schemas is refused with the path", () => {
  const wrong = JSON.stringify({
    type: 'participant.created',
    timestamp: '2026-01-01T00:00:00.000Z',
    data: { participant: { ...participant, code: 42 } },
  });
  expect(deliveryProblems(request({ body: wrong }), SECRET)).toEqual([
    expect.stringMatching(/^payload \/data\/participant\/code: expected string/),
  ]);
  const untyped = JSON.stringify({ type: 'participant.gone', timestamp: '2026-01-01T00:00:00.000Z', data: {} });
  expect(deliveryProblems(request({ body: untyped }), SECRET)).toEqual([
    expect.stringMatching(/^payload \/type: "participant.gone" is not one of/),
  ]);
  const reward = JSON.stringify({ type: 'reward.earned', timestamp: '2026-01-01T00:00:00.000Z', data: {} });
  const friend = JSON.stringify({
    type: 'reward.earned',
    timestamp: '2026-01-01T00:00:00.000Z',
    data: { reward: null, participant: null, customerEmail: 7 },
  });
  expect(deliveryProblems(request({ body: friend }), SECRET)).toEqual([
    expect.stringMatching(/^payload \/data\/reward/),
    'payload /data/customerEmail: must be a string or null',
  ]);
  expect(deliveryProblems(request({ body: reward }), SECRET)).toEqual([
    'payload /data/reward: is required',
    'payload /data/participant: is required',
    'payload /data/customerEmail: is required',
  ]);
});
