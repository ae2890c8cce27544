/** A captured referral, as the snippet stores it. */
export interface Referral {
  /** The referral code, upper-cased. */
  code: string;
  /** The click id the backend knows the visit by. */
  clickId: string;
  /** Capture time, milliseconds since the epoch. */
  capturedAt: number;
}

/** The cookie's name, the snippet's `REF_NAME`. */
export const REF_NAME = 'rujuk_ref';

/** Referral codes, as the snippet and the backend accept them. */
export const CODE = /^[A-Za-z\d][\w-]{2,31}$/;

/** Click ids and visitor ids. */
export const ID = /^[\w-]{8,64}$/;

/** Serialises a referral exactly as the snippet does: `1.CODE.CLICKID.TIME36`. */
export const encodeReferral = (referral: Referral): string =>
  `1.${referral.code}.${referral.clickId}.${referral.capturedAt.toString(36)}`;

/** Parses a `rujuk_ref` value with the snippet's rules; anything malformed, foreign or of another version gives `null`. */
export const decodeReferral = (value: string | null | undefined): Referral | null => {
  const parts = /^1\.([A-Za-z\d][\w-]{2,31})\.([\w-]{8,64})\.([a-z\d]{1,11})$/.exec(value ?? '');
  return parts && { code: parts[1]!.toUpperCase(), clickId: parts[2]!, capturedAt: Number.parseInt(parts[3]!, 36) };
};

/** A fresh click id of 16 `[a-z0-9]` characters from the platform's random source. */
export const newClickId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => (byte % 36).toString(36)).join('');
