/**
 * A random id nobody can guess: 128 bits from `crypto.getRandomValues` as four numbers joined by `-`
 * (about 40 characters of `[0-9-]`, valid as a click, visitor or idempotency id). A join's key must be
 * unguessable: with the email, it gets a fresh participant token. `crypto.randomUUID` is not used:
 * it is missing on plain-http pages.
 */
export const randomId = (): string => crypto.getRandomValues(new Uint32Array(4)).join('-');
