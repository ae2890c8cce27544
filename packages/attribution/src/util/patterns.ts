/** Referral codes: letters, digits, `_` and `-`, 3–32 characters, matched case-insensitively. */
export const CODE = /^[A-Za-z\d][\w-]{2,31}$/;
/** Click ids and visitor ids. */
export const ID = /^[\w-]{8,64}$/;
/** Conversion idempotency keys. */
export const KEY = /^[\w.:-]{1,128}$/;
