import { createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookEvent } from '@rujuk/protocol';
import { callError } from '../errors/call-error.js';

/** Headers as Node, Fetch or a plain object hold them. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** Largest accepted distance between `webhook-timestamp` and now, in seconds. @default 300 */
  toleranceSeconds?: number;
  /** The current time, for tests. @default new Date() */
  now?: Date;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value.join(' ') : value;
}

function refuse(detail: string): never {
  throw callError('invalid_webhook', 'verifyWebhook', detail);
}

function secretKeys(secret: string | readonly string[]): Buffer[] {
  const list = typeof secret === 'string' ? [secret] : secret;
  if (list.length === 0) refuse('no signing secret was given; pass the endpoint\'s "whsec_…" secret.');
  return list.map((one) => Buffer.from(one.startsWith('whsec_') ? one.slice(6) : one, 'base64'));
}

/**
 * Checks a webhook the way the Standard Webhooks specification says and answers its typed event:
 * the `webhook-signature` must hold a `v1` HMAC-SHA256 of `id.timestamp.body` made with the secret
 * (compared in constant time), and `webhook-timestamp` must be within five minutes of now. During a
 * secret rotation pass both secrets: a signature made with either is accepted. Throws a `RujukError`
 * with `code: 'invalid_webhook'` otherwise. Pass the raw body, exactly as received, not re-serialised JSON.
 * @example const event = verifyWebhook(await request.text(), request.headers, process.env.RUJUK_WEBHOOK_SECRET);
 */
export function verifyWebhook(
  payload: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): WebhookEvent {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures) {
    refuse('the webhook-id, webhook-timestamp or webhook-signature header is missing.');
  }
  const seconds = Number(timestamp);
  if (!/^\d+$/.test(timestamp)) refuse(`webhook-timestamp "${timestamp}" is not a number of seconds.`);
  const now = (options.now ?? new Date()).getTime() / 1000;
  const tolerance = options.toleranceSeconds ?? 300;
  if (Math.abs(now - seconds) > tolerance) {
    refuse(`webhook-timestamp is more than ${tolerance} s away from now; the message is too old or the clocks differ.`);
  }
  const body = typeof payload === 'string' ? payload : Buffer.from(payload).toString('utf8');
  const signed = Buffer.from(`${id}.${timestamp}.${body}`, 'utf8');
  const expected = secretKeys(secret).map((key) => createHmac('sha256', key).update(signed).digest());
  const matches = signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',');
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return expected.some((digest) => given.length === digest.length && timingSafeEqual(given, digest));
  });
  if (!matches) refuse('no v1 signature matches the secret; check the endpoint secret and pass the raw body.');
  try {
    return JSON.parse(body) as WebhookEvent;
  } catch (error) {
    throw callError('invalid_webhook', 'verifyWebhook', 'the signed body is not JSON.', null, null, error);
  }
}
