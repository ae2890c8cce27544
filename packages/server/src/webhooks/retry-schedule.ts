/**
 * Waits before each retry after a failed attempt, in milliseconds: 5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 14 h, 20 h and 24 h, ten attempts over about three days and three hours.
 */
export const DEFAULT_RETRY_SCHEDULE: readonly number[] = [
  5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000,
];

/**
 * How long to wait after the `tries`-th failed attempt of a round, or `null` when the schedule is
 * spent. Each wait is spread by ±20 % so that endpoints coming back up are not hit by every retry at once.
 */
export function retryDelay(
  schedule: readonly number[],
  tries: number,
  random: () => number = Math.random,
): number | null {
  const base = schedule[tries - 1];
  if (base === undefined) return null;
  return Math.round(base * (0.8 + 0.4 * random()));
}
