import { isCurrency } from './currencies.js';
import { FieldReader, type JsonObject, kind } from './fields.js';
import { assertValid } from './invalid.js';
import {
  CODE_PATTERN,
  CURRENCY_PATTERN,
  EMAIL_PATTERN,
  EVENT_PATTERN,
  ID_PATTERN,
  IDEMPOTENCY_KEY_PATTERN,
} from './patterns.js';
import { isStorableText, textLength, UNSTORABLE_MESSAGE } from './storable-text.js';

/** A validated `POST /v1/conversions` body. */
export interface ConversionInput {
  event: string;
  idempotencyKey: string;
  /** Canonical (upper-case) code. */
  code: string | null;
  clickId: string | null;
  /** Trimmed and lower-cased. */
  customerEmail: string | null;
  customerExternalId: string | null;
  amount: number | null;
  currency: string | null;
  orderId: string | null;
  metadata: Record<string, string | number | boolean | null> | null;
  visitorId: string | null;
}

function metadata(read: FieldReader, body: JsonObject): ConversionInput['metadata'] {
  const value = read.object(body, 'metadata', '');
  if (!value) return null;
  const entries = Object.entries(value);
  if (entries.length > 20) read.fail('/metadata', 'must have at most 20 keys');
  const kept: [string, string | number | boolean | null][] = [];
  for (const [key, item] of entries.slice(0, 20)) {
    const path = `/metadata/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key.length === 0 || textLength(key) > 40) read.fail(path, 'keys must be 1–40 characters');
    else if (!isStorableText(key)) read.fail(path, `keys ${UNSTORABLE_MESSAGE}`);
    else if (typeof item === 'string' && textLength(item) > 500) read.fail(path, 'must be at most 500 characters');
    else if (typeof item === 'string' && !isStorableText(item)) read.fail(path, UNSTORABLE_MESSAGE);
    else if (typeof item === 'number' && !Number.isFinite(item)) read.fail(path, 'must be a finite number');
    else if (item !== null && !['string', 'number', 'boolean'].includes(typeof item)) {
      read.fail(path, `must be a string, number, boolean or null, got ${kind(item)}`);
    } else kept.push([key, item as string | number | boolean | null]);
  }
  // fromEntries defines own properties, so a key such as "__proto__" is kept like any other.
  return Object.fromEntries(kept);
}

/** Validates a conversion body; throws `invalid_request` naming each bad field. */
export function parseConversionRequest(body: JsonObject): ConversionInput {
  const read = new FieldReader();
  const event = read.string(body, 'event', '', {
    required: true,
    pattern: EVENT_PATTERN,
    hint: 'must be "signup", "purchase" or a lower-case name of letters, digits, "_", ".", ":" or "-" (≤ 64)',
  });
  const idempotencyKey = read.string(body, 'idempotencyKey', '', {
    required: true,
    pattern: IDEMPOTENCY_KEY_PATTERN,
    hint: 'must be 1–128 letters, digits, "_", ".", ":" or "-"',
  });
  const referral = read.object(body, 'referral', '') ?? {};
  const code = read.string(referral, 'code', '/referral', {
    pattern: CODE_PATTERN,
    hint: 'must be a referral code: 3–32 letters, digits, "_" or "-"',
    nullable: true,
  });
  const clickId = read.string(referral, 'clickId', '/referral', {
    pattern: ID_PATTERN,
    hint: 'must be 8–64 letters, digits, "_" or "-"',
    nullable: true,
  });
  const customer = read.object(body, 'customer', '') ?? {};
  const email = read.string(customer, 'email', '/customer', {
    max: 254,
    pattern: EMAIL_PATTERN,
    hint: 'must be an email address',
    nullable: true,
  });
  const externalId = read.string(customer, 'externalId', '/customer', { max: 128, nullable: true });
  const amount = read.integer(body, 'amount', '', 0, 1e12);
  const currency = read.string(body, 'currency', '', {
    pattern: CURRENCY_PATTERN,
    hint: 'must be an upper-case ISO 4217 code such as "USD"',
    nullable: true,
  });
  if (currency !== undefined && !isCurrency(currency)) {
    read.fail('/currency', `must be an ISO 4217 currency code such as "USD"; "${currency}" is not one`);
  }
  if (amount !== undefined && currency === undefined && body.currency == null)
    read.fail('/currency', 'is required with amount');
  if (currency !== undefined && amount === undefined && body.amount == null)
    read.fail('/amount', 'is required with currency');
  const orderId = read.string(body, 'orderId', '', { max: 128, nullable: true });
  const visitorId = read.string(body, 'visitorId', '', {
    pattern: ID_PATTERN,
    hint: 'must be 8–64 letters, digits, "_" or "-"',
    nullable: true,
  });
  const meta = metadata(read, body);
  assertValid(read.errors, 'conversion');
  return {
    event: event!,
    idempotencyKey: idempotencyKey!,
    code: code?.toUpperCase() ?? null,
    clickId: clickId ?? null,
    customerEmail: email?.toLowerCase() ?? null,
    customerExternalId: externalId ?? null,
    amount: amount ?? null,
    currency: currency ?? null,
    orderId: orderId ?? null,
    metadata: meta,
    visitorId: visitorId ?? null,
  };
}
