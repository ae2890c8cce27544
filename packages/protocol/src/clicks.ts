import type { FlagReason, Timestamp, Utm } from './common.js';

/** `POST /v1/clicks` body: a visit captured from a referral link. Idempotent on `clickId`. */
export interface ClickRequest {
  /** The referral code from the URL, `^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$`, matched case-insensitively. */
  code: string;
  /** Client-generated id of this capture, `^[A-Za-z0-9_-]{8,64}$`. */
  clickId: string;
  /** Landing page URL, at most 2048 characters. */
  url?: string;
  /** `document.referrer`, at most 2048 characters. */
  referrer?: string;
  utm?: Utm;
  /** A first-party visitor id, `^[A-Za-z0-9_-]{8,64}$`, used for self-referral checks. */
  visitorId?: string;
}

/** A click as the backend stored it. */
export interface Click {
  id: string;
  clickId: string;
  /** The canonical (upper-case) referral code. */
  code: string;
  url: string | null;
  referrer: string | null;
  utm: Utm;
  flagged: boolean;
  flagReason: FlagReason | null;
  createdAt: Timestamp;
}

/** Answer to `POST /v1/clicks`: `201` when new, `200` with `duplicate: true` on a replay. */
export interface ClickResponse {
  click: Click;
  duplicate: boolean;
}
