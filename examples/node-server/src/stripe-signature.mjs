import { createHmac, timingSafeEqual } from 'node:crypto';

/** Signs a webhook payload the way Stripe does: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload">`. */
export function signPayload(payload, secret, timestamp = Math.floor(Date.now() / 1000)) {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

/**
 * Checks a `Stripe-Signature` header against the raw body (what `stripe.webhooks.constructEvent` does),
 * in constant time, refusing signatures older than `toleranceSeconds` so a captured request cannot be
 * replayed later. Returns the parsed event, or throws with what was wrong.
 */
export function verifyWebhook(payload, header, secret, toleranceSeconds = 300) {
  const parts = Object.fromEntries(
    String(header ?? '')
      .split(',')
      .map((part) => part.split('=', 2)),
  );
  const timestamp = Number(parts.t);
  if (!timestamp || !parts.v1) throw new Error('The Stripe-Signature header is missing or malformed.');
  if (Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) throw new Error('The webhook signature is too old.');
  const expected = Buffer.from(signPayload(payload, secret, timestamp).split('v1=')[1], 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new Error('The webhook signature does not match the body.');
  }
  return JSON.parse(payload);
}
