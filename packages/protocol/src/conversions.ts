import type { FlagReason, Timestamp } from './common.js';
import type { RewardGrant } from './participants.js';

/** The referral a conversion is attributed to. */
export interface ReferralRef {
  code?: string;
  clickId?: string;
}

/** `POST /v1/conversions` body. Idempotent on `idempotencyKey`. */
export interface ConversionRequest {
  /** `signup`, `purchase`, or a custom name matching `^[a-z0-9][a-z0-9_.:-]{0,63}$`. */
  event: string;
  /** 1–128 characters of `[A-Za-z0-9_.:-]`; the same key with a different body is a `409 idempotency_conflict`. */
  idempotencyKey: string;
  referral?: ReferralRef;
  /** Who converted; used for self-referral checks and to count a friend once. */
  customer?: { email?: string; externalId?: string };
  /** Integer minor units, 0 ≤ amount ≤ 10^12; requires `currency`. */
  amount?: number;
  /** Upper-case ISO 4217 code; requires `amount`. */
  currency?: string;
  orderId?: string;
  /** At most 20 keys of at most 40 characters; values are strings (≤ 500 chars), finite numbers, booleans or null. */
  metadata?: Record<string, string | number | boolean | null>;
  visitorId?: string;
}

/** Lifecycle of a conversion. */
export type ConversionStatus = 'pending' | 'approved' | 'flagged' | 'refunded';

/** A conversion as the backend stored it. */
export interface Conversion {
  id: string;
  event: string;
  idempotencyKey: string;
  /** `client` for publishable-key claims, `server` for secret-key reports. */
  source: 'client' | 'server';
  status: ConversionStatus;
  flagReason: FlagReason | null;
  /** Whether a valid referral was attached and matched a participant. */
  attributed: boolean;
  referrerCode: string | null;
  clickId: string | null;
  amount: number | null;
  currency: string | null;
  orderId: string | null;
  /** Whether this conversion met the program's qualifying rules. */
  qualifying: boolean;
  createdAt: Timestamp;
}

/** Answer to `POST /v1/conversions`: `201` when new, `200` with `duplicate: true` on an identical replay. */
export interface ConversionResponse {
  conversion: Conversion;
  duplicate: boolean;
}

/** `POST /v1/conversions/{id}/refund` answer: the refunded conversion and the grants it reversed. */
export interface RefundResponse {
  conversion: Conversion;
  reversed: RewardGrant[];
}
