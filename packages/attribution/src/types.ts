export type { Referral } from '@rujuk/contract';

/** Options of `init()`; the script tag takes the same names as `data-*` attributes. */
export interface Options {
  /**
   * Publishable key of the program (`pk_…`). Required.
   * @example 'pk_live_1234'
   */
  key: string;
  /**
   * Base URL of the Rujuk backend (without `/v1`).
   * @default the origin of the script's own `src` (script tag) or of the page (npm)
   * @example 'https://rujuk.shop.example'
   */
  api?: string;
  /**
   * URL parameters carrying a referral code, matched case-insensitively, first match wins.
   * @default ['ref', 'via']
   * @example ['ref', 'via', 'invite']
   */
  params?: string[] | string;
  /**
   * Lifetime of the `rujuk_ref` and `rujuk_vid` cookies in days.
   * @default 90
   */
  cookieDays?: number | string;
  /**
   * Domain of the cookies.
   * @default the registrable domain, found by probing (e.g. `shop.example` on `app.shop.example`)
   * @example 'shop.example'
   */
  cookieDomain?: string;
  /**
   * `last`: a new valid code replaces the stored one. `first`: the stored one is kept until it expires.
   * @default 'last'
   */
  attribution?: 'last' | 'first';
  /**
   * `required`: nothing is stored or sent until `consent(true)`.
   * @default 'granted'
   */
  consent?: 'granted' | 'required';
  /**
   * Remove the referral parameters from the address bar after capture.
   * @default false
   */
  cleanUrl?: boolean | string;
  /**
   * Sister domains whose links and forms carry the referral along.
   * @example ['shop.example', 'blog.example']
   */
  domains?: string[] | string;
}

/** A conversion passed to `convert()`. */
export interface ConversionInput {
  /** `signup`, `purchase`, or a custom lower-case name such as `trial_started`. */
  event: string;
  /** Integer amount in minor units (cents), e.g. `4999` for 49.99; requires `currency`. */
  amount?: number;
  /** ISO 4217 currency code, e.g. `USD`; requires `amount`. */
  currency?: string;
  /** Your order id; also the idempotency key, so reporting an order twice counts it once. */
  orderId?: string | number;
  /** Explicit idempotency key, `[A-Za-z0-9_.:-]{1,128}`, when `orderId` is not the right one. */
  idempotencyKey?: string;
  /** The customer's email, used by the backend to count a friend once and to detect self-referrals. */
  email?: string;
  /** Your id of the customer, when you prefer not to send an email. */
  externalId?: string | number;
  /** Up to 20 extra fields: strings, finite numbers, booleans or null. */
  metadata?: Record<string, string | number | boolean | null>;
}

/** A participant to enrol with `join()`. */
export interface JoinInput {
  email: string;
  name?: string;
  /** Locale tag for the participant's emails, e.g. `de`. */
  locale?: string;
}

/** Node-style callback of async commands: `(error, result)`. */
export type Callback<T> = (error: Error | null, result?: T) => void;

/** Names of the DOM events Rujuk dispatches on `window` as `rujuk:<name>`. */
export type EventName = 'captured' | 'click' | 'convert' | 'join' | 'error';
