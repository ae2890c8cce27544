/** Referral codes as the wire protocol fixes them; matched case-insensitively. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/;
/** Client click ids and visitor ids. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
/** Idempotency keys of conversions and joins. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;
/** Conversion event names: `signup`, `purchase` or a custom lower-case name. */
export const EVENT_PATTERN = /^[a-z0-9][a-z0-9_.:-]{0,63}$/;
/** Upper-case ISO 4217 currency codes. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
// Deliberately loose: one @, no spaces, a dot in the domain. Deliverability is the site's concern.
/** A plausible email address. */
export const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;
/** BCP 47-ish locale tags such as `en`, `pt-BR`, `zh-Hant`. */
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
