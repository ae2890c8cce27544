import type { Money, Timestamp } from './common.js';
import type { Reward, Tier } from './program.js';
import type { Fulfilment } from './rewards.js';

/** `POST /v1/participants` body: join the program. */
export interface JoinRequest {
  email: string;
  name?: string;
  /** The code of the participant who referred this one, if any. */
  referredBy?: string;
  /** The click id of the referral capture, if any. */
  clickId?: string;
  locale?: string;
  visitorId?: string;
  /**
   * Makes a retried join safe when its answer was lost: 1–128 characters of `[A-Za-z0-9_.:-]`,
   * chosen at random (about 128 random bits, as in a UUID v4; never derived from the email) and
   * sent again with every retry of the same join. For 24 hours the same key with the same email
   * answers as the first join did (same status, participant and `created`, and a fresh `token` when
   * the first answer had one); with another email it is a `409 idempotency_conflict`.
   * @example '4f0c2a9e7b1d48c3a5e6f7081b2c3d4e'
   */
  idempotencyKey?: string;
}

/** A member of the referral program. `email` is present only in the participant's own view and secret-key views. */
export interface Participant {
  id: string;
  /** Unique referral code, upper case, e.g. `ANNA42`. */
  code: string;
  /** The participant's personal link, e.g. `https://shop.example/?ref=ANNA42`. */
  shareUrl: string;
  name: string | null;
  email?: string;
  /** Code of the referrer, when this participant was referred. */
  referredBy: string | null;
  createdAt: Timestamp;
}

/**
 * Answer to `POST /v1/participants`: `201` with a token for a new participant; `200` for an email
 * that already joined, with `token` only when the request proves identity (signed identity or the
 * participant's own token), `null` otherwise. A repeated `idempotencyKey` answers as the first join
 * did, with a fresh token when that one had a token.
 */
export interface JoinResponse {
  participant: Participant;
  /** Participant token (`pt_…`) for `X-Rujuk-Token`, or `null`. */
  token: string | null;
  created: boolean;
}

/** Referral counts of a participant. */
export interface Stats {
  /** Unflagged clicks on the participant's link. */
  clicks: number;
  /** Referred friends who signed up (signup conversions, or joins with `referredBy`), counted once per friend. */
  signups: number;
  /** Qualifying conversions attributed to the participant (approved or pending). */
  conversions: number;
  /** Attributed purchase revenue, one entry per currency. */
  revenue: Money[];
}

/** A reward granted by a qualifying conversion or a tier. */
export interface RewardGrant {
  id: string;
  /** Who receives it: the referrer, or the referred friend. */
  side: 'referrer' | 'friend';
  /**
   * `pending` while the conversion awaits review, `earned` once approved, `fulfilled` once the shop
   * delivered it (`fulfilment` says what), `reversed` after a refund.
   */
  status: 'pending' | 'earned' | 'fulfilled' | 'reversed';
  reward: Reward;
  /** The conversion that granted it. */
  conversionId: string;
  /** Set when the grant comes from reaching a tier. */
  tierId: string | null;
  /** What the participant received, once `fulfilled` (kept when a fulfilled reward is reversed); else `null`. */
  fulfilment: Fulfilment | null;
  createdAt: Timestamp;
}

/** Where a participant stands on the program's tiers. */
export interface TierProgress {
  current: Tier | null;
  next: Tier | null;
  /** Qualifying conversions counted towards tiers. */
  count: number;
  /** Conversions still needed for `next`, or `null` at the top tier. */
  remaining: number | null;
}

/** `GET /v1/participants/me` (and `GET /v1/participants/{id}` with the secret key). */
export interface ParticipantView {
  participant: Participant;
  stats: Stats;
  /** Grants where this participant is the receiver, newest first. */
  rewards: RewardGrant[];
  tier: TierProgress;
  /** Where the participant redeems rewards, when the backend offers it. */
  redeemUrl: string | null;
}
