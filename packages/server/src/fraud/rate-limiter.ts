/** The verdict on one hit. */
export interface RateVerdict {
  allowed: boolean;
  /** Whole seconds until the window resets (at least 1). */
  retryAfter: number;
}

/** A per-key fixed-window counter, e.g. clicks per IP per minute. */
export interface RateLimiter {
  hit(key: string, now?: number): RateVerdict;
}

/**
 * Counts hits per key in fixed windows of `windowMs`. The whole table is dropped when a window
 * ends, so memory stays bounded by the keys seen in one window.
 */
export function createRateLimiter(limit: number, windowMs = 60_000): RateLimiter {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return {
    hit(key, now = Date.now()) {
      if (now - windowStart >= windowMs) {
        windowStart = now - (now % windowMs);
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
      return { allowed: count <= limit, retryAfter };
    },
  };
}

/** A limiter that never limits, for `rateLimits: false`. */
export const unlimited: RateLimiter = { hit: () => ({ allowed: true, retryAfter: 1 }) };
