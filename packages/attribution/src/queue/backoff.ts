/**
 * Delay before the next retry after `failures` consecutive failures (1-based): exponential from
 * 1 s, capped at 60 s, with "equal jitter" (half fixed, half random) so many clients recovering
 * together do not stampede. A `Retry-After` in seconds (429, 503) is a floor.
 */
export const backoff = (failures: number, retryAfter?: string | null, random = Math.random()): number =>
  Math.max((Math.min(2 ** failures, 120) * 500 * (1 + random)) / 2, +retryAfter! * 1e3 || 0);
