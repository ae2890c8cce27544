// Codes, ids, idempotency keys and event names are checked with the very patterns the snippet, the widget
// and the SDK use, from the contract.
export {
  CODE as CODE_PATTERN,
  EVENT as EVENT_PATTERN,
  ID as ID_PATTERN,
  KEY as IDEMPOTENCY_KEY_PATTERN,
} from '@rujuk/contract';

/** Upper-case ISO 4217 currency codes. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
// Deliberately loose: one @, no spaces, a dot in the domain. Deliverability is the site's concern.
/** A plausible email address. */
export const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;
/** BCP 47-ish locale tags such as `en`, `pt-BR`, `zh-Hant`. */
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
