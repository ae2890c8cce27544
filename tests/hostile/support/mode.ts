/**
 * Whether the full hostile suite runs (`pnpm test:hostile` sets HOSTILE_FULL=1): the long cases
 * (10 s responses, a minute offline, answers lost after a 15 s timeout) and more generated inputs.
 * The everyday `pnpm test` runs the short version of every scenario.
 */
export const FULL = Boolean(process.env.HOSTILE_FULL);

/** Picks the everyday or the full value of a setting. */
export const pick = <T>(everyday: T, full: T): T => (FULL ? full : everyday);
