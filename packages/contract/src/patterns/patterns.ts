// Written with `\d` and `\w`, never spelled out: the script tag carries these literals on every page.
// Without the `u` flag both are ASCII-only in JavaScript; `portablePattern` spells them out for the wire.

/** Referral codes: letters, digits, `_` and `-`, 3–32 characters, starting with a letter or digit, matched case-insensitively. */
export const CODE = /^[A-Za-z\d][\w-]{2,31}$/;
/** Click ids and visitor ids: 8–64 characters of letters, digits, `_` and `-`. */
export const ID = /^[\w-]{8,64}$/;
/** Conversion and join idempotency keys: 1–128 characters of letters, digits, `_`, `.`, `:` and `-`. */
export const KEY = /^[\w.:-]{1,128}$/;
/** Conversion event names: `signup`, `purchase` or a custom lower-case name of up to 64 characters. */
export const EVENT = /^[a-z\d][a-z\d_.:-]{0,63}$/;
/** A participant token as a backend hands it out and the snippet stores it (`pt_…` for the reference backend). */
export const TOKEN = /^[\w.~-]{16,512}$/;
