/** A referral captured from a landing URL: what the `rujuk_ref` cookie holds and `getReferral()` returns. */
export interface Referral {
  /** The referral code, canonical upper case, e.g. `ANNA42`. */
  code: string;
  /** The client-generated id of this capture, sent with the click and every conversion. */
  clickId: string;
  /** When the referral was captured, in milliseconds since the epoch. */
  capturedAt: number;
}
