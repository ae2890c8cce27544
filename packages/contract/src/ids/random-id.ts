/**
 * A random id of 16–20 `[a-z0-9]` characters (time plus about 52 random bits), valid as a click,
 * visitor or idempotency id. It costs a landing nothing: `crypto` costs a tenth of a millisecond
 * the first time a page touches it.
 */
export const randomId = (): string => Date.now().toString(36) + Math.random().toString(36).slice(2);

/**
 * A key nobody can guess: 128 bits from `crypto.getRandomValues` (`crypto.randomUUID` is missing on
 * plain-http pages), as four numbers joined by `-`. A join's key must be one: with the email, it
 * gets a fresh participant token.
 */
export const secretId = (): string => crypto.getRandomValues(new Uint32Array(4)).join('-');

/** A click id of 16 `[a-z0-9]` characters from the platform's random source, for servers that capture referrals. */
export const randomClickId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => (byte % 36).toString(36)).join('');
