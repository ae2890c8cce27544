/**
 * A random id of 16–20 `[a-z0-9]` characters (time plus about 52 random bits), valid as a click,
 * visitor or idempotency id. `crypto.randomUUID` is not used: it is missing on plain-http pages.
 */
export const randomId = (): string => Date.now().toString(36) + Math.random().toString(36).slice(2);
