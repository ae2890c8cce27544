import type { Timestamp } from './common.js';
import type { RewardGrant } from './participants.js';

/** What a participant receives for a fulfilled reward: at least one of `code` and `url`, or a `note`. */
export interface Fulfilment {
  /** A coupon, gift-card or voucher code the participant copies, e.g. `CREDIT-7QX2`. */
  code: string | null;
  /** Where the participant redeems it in one click, e.g. a checkout link with the code applied. */
  url: string | null;
  /** A short plain-text note shown with the reward, e.g. "Valid until 31 March". */
  note: string | null;
  fulfilledAt: Timestamp;
}

/** `POST /v1/rewards/{id}/fulfil` body: at least one field; strings are trimmed. */
export interface FulfilRequest {
  /** 1–200 characters. */
  code?: string;
  /** An absolute http(s) URL of at most 2048 characters. */
  url?: string;
  /** 1–500 characters. */
  note?: string;
}

/**
 * Answer to `POST /v1/rewards/{id}/fulfil`: `200` with the fulfilled reward. Sending the same
 * fulfilment again answers it again with `duplicate: true`; another one is `409 invalid_state`.
 */
export interface FulfilResponse {
  reward: RewardGrant;
  duplicate: boolean;
}
