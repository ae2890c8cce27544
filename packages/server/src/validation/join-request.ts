import { FieldReader, type JsonObject } from './fields.js';
import { assertValid } from './invalid.js';
import { CODE_PATTERN, EMAIL_PATTERN, ID_PATTERN, IDEMPOTENCY_KEY_PATTERN, LOCALE_PATTERN } from './patterns.js';

/** A validated `POST /v1/participants` body. */
export interface JoinInput {
  /** Trimmed and lower-cased. */
  email: string;
  name: string | null;
  /** Canonical (upper-case) code. */
  referredBy: string | null;
  clickId: string | null;
  locale: string | null;
  visitorId: string | null;
  /** Makes retries of this join answer as the first did; `null` when none was sent. */
  idempotencyKey: string | null;
}

/** Validates a join body; throws `invalid_request` naming each bad field. */
export function parseJoinRequest(body: JsonObject): JoinInput {
  const read = new FieldReader();
  const email = read.string(body, 'email', '', {
    required: true,
    max: 254,
    pattern: EMAIL_PATTERN,
    hint: 'must be an email address such as "anna@example.com"',
  });
  const name = read.string(body, 'name', '', { max: 100, nullable: true });
  const referredBy = read.string(body, 'referredBy', '', {
    pattern: CODE_PATTERN,
    hint: 'must be a referral code: 3–32 letters, digits, "_" or "-"',
    nullable: true,
  });
  const clickId = read.string(body, 'clickId', '', {
    pattern: ID_PATTERN,
    hint: 'must be 8–64 letters, digits, "_" or "-"',
    nullable: true,
  });
  // The protocol allows any text of up to 35 characters here; only a locale tag is worth keeping.
  const localeText = read.string(body, 'locale', '', { max: 35, nullable: true });
  const locale = localeText && LOCALE_PATTERN.test(localeText) ? localeText : undefined;
  const visitorId = read.string(body, 'visitorId', '', {
    pattern: ID_PATTERN,
    hint: 'must be 8–64 letters, digits, "_" or "-"',
    nullable: true,
  });
  const idempotencyKey = read.string(body, 'idempotencyKey', '', {
    pattern: IDEMPOTENCY_KEY_PATTERN,
    hint: 'must be 1–128 letters, digits, "_", ".", ":" or "-"',
    nullable: true,
  });
  assertValid(read.errors, 'join request');
  return {
    email: email!.toLowerCase(),
    name: name ?? null,
    referredBy: referredBy?.toUpperCase() ?? null,
    clickId: clickId ?? null,
    locale: locale ?? null,
    visitorId: visitorId ?? null,
    idempotencyKey: idempotencyKey ?? null,
  };
}
