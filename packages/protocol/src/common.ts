/** An ISO 8601 timestamp in UTC, e.g. `2026-11-23T10:00:00.000Z`. */
export type Timestamp = string;

/** An amount of money in minor units (cents) of an ISO 4217 currency. */
export interface Money {
  /** Integer amount in minor units, e.g. `4999` for 49.99. */
  amount: number;
  /** Upper-case ISO 4217 code, e.g. `USD`. */
  currency: string;
}

/** One page of a list answered to a secret-key call. */
export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; `null` on the last page. */
  nextCursor: string | null;
}

/** Campaign parameters captured from the landing URL with a click. */
export interface Utm {
  source?: string;
  medium?: string;
  campaign?: string;
  term?: string;
  content?: string;
}

/**
 * Why the backend flagged a record. Flagged records are kept, never dropped,
 * and do not earn rewards until a person approves them.
 */
export type FlagReason = 'self_referral' | 'bot' | 'rate_limited' | 'duplicate_customer' | 'review';
