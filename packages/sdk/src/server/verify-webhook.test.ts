import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { isRujukError } from '../errors/rujuk-error.js';
import { verifyWebhook } from './verify-webhook.js';

const secret = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
const rotated = `whsec_${Buffer.alloc(32, 2).toString('base64')}`;
const body = JSON.stringify({ type: 'reward.earned', timestamp: '2026-12-05T10:00:00.000Z', data: { reward: {} } });
const now = new Date('2026-12-05T10:00:00Z');
const seconds = Math.floor(now.getTime() / 1000);

function signed(key = secret, id = 'msg_1', at = now) {
  const signature = new Webhook(key).sign(id, at, body);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signature,
  };
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isRujukError(error) && error.code === 'invalid_webhook') return error.detail;
    throw error;
  }
  throw new Error('verifyWebhook accepted the webhook');
}

describe('verifyWebhook', () => {
  it('accepts what the standardwebhooks package signs, and answers the typed event', () => {
    const event = verifyWebhook(body, signed(), secret, { now });
    expect(event.type).toBe('reward.earned');
  });

  it('refuses what the standardwebhooks package refuses: a signature made with another secret', () => {
    const headers = signed(rotated, 'msg_2', new Date());
    expect(() => new Webhook(secret).verify(body, headers)).toThrow();
    expect(refusal(() => verifyWebhook(body, headers, secret))).toMatch(/no v1 signature/);
  });

  it('reads Fetch Headers and Node header objects alike, with a Uint8Array body', () => {
    const headers = new Headers(signed());
    expect(verifyWebhook(new TextEncoder().encode(body), headers, secret, { now }).type).toBe('reward.earned');
    const node = Object.fromEntries(Object.entries(signed()).map(([k, v]) => [k.toUpperCase(), v]));
    expect(verifyWebhook(body, node, secret, { now }).type).toBe('reward.earned');
  });

  it('accepts either secret during a rotation and any of several signatures', () => {
    const both = `${signed(rotated)['webhook-signature']} ${signed(secret)['webhook-signature']}`;
    expect(verifyWebhook(body, { ...signed(), 'webhook-signature': both }, [rotated, secret], { now }).type).toBe(
      'reward.earned',
    );
    expect(verifyWebhook(body, signed(rotated), [secret, rotated], { now }).type).toBe('reward.earned');
  });

  it('refuses another secret, a changed body, a missing header and an old or future timestamp', () => {
    expect(refusal(() => verifyWebhook(body, signed(rotated), secret, { now }))).toMatch(/no v1 signature/);
    expect(refusal(() => verifyWebhook(`${body} `, signed(), secret, { now }))).toMatch(/no v1 signature/);
    const { 'webhook-signature': _, ...unsigned } = signed();
    expect(refusal(() => verifyWebhook(body, unsigned, secret, { now }))).toMatch(/header is missing/);
    const late = new Date((seconds + 301) * 1000);
    expect(refusal(() => verifyWebhook(body, signed(), secret, { now: late }))).toMatch(/more than 300 s/);
    const early = new Date((seconds - 301) * 1000);
    expect(refusal(() => verifyWebhook(body, signed(), secret, { now: early }))).toMatch(/more than 300 s/);
    expect(verifyWebhook(body, signed(), secret, { now: late, toleranceSeconds: 600 }).type).toBe('reward.earned');
  });

  it('refuses a signature of another version or of the wrong length', () => {
    const headers = signed();
    const v2 = headers['webhook-signature'].replace('v1,', 'v2,');
    expect(refusal(() => verifyWebhook(body, { ...headers, 'webhook-signature': v2 }, secret, { now }))).toMatch(
      /no v1 signature/,
    );
    const short = { ...headers, 'webhook-signature': 'v1,AAAA' };
    expect(refusal(() => verifyWebhook(body, short, secret, { now }))).toMatch(/no v1 signature/);
  });
});
