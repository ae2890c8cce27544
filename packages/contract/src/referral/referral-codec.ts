import type { Referral } from './referral.js';

/** The name a referral travels under: the cookie, the hidden form field and the sister-domain link parameter. */
export const REF_NAME = 'rujuk_ref';

/** Serialises a referral for the `rujuk_ref` cookie, form field and link parameter: `1.CODE.CLICKID.TIME36`. */
export const encodeReferral = (referral: Referral): string =>
  '1.' + referral.code + '.' + referral.clickId + '.' + referral.capturedAt.toString(36);

/** Parses a `rujuk_ref` value; anything malformed, foreign or of another version gives `null`. */
export const decodeReferral = (value: unknown): Referral | null => {
  // Version `1`, a code and a click id as `CODE` and `ID` accept them (a test holds them together), the
  // capture time in base 36. A literal, not one built from `CODE` and `ID`: in the script tag, which must
  // not grow, a built one costs bytes on every page.
  const parts = /^1\.([A-Za-z\d][\w-]{2,31})\.([\w-]{8,64})\.([a-z\d]{1,11})$/.exec(value as string);
  return parts && { code: parts[1]!.toUpperCase(), clickId: parts[2]!, capturedAt: parseInt(parts[3]!, 36) };
};
