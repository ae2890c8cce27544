import type { RetryOptions } from 'ky';

/** Retry settings after option parsing. */
export interface RetrySettings {
  limit: number;
  backoffLimit: number;
}

/**
 * The ky retry options of an idempotent call. ky's defaults supply the statuses (408, 429, 500, 502,
 * 503, 504; 413 only when the server sends `Retry-After`, which Rujuk backends do not), honour
 * `Retry-After` on 429 and 503, and stop at once when the caller's signal aborts during a wait.
 */
export function retryPolicy(retry: RetrySettings): RetryOptions {
  return {
    ...retry,
    methods: ['get', 'post'],
    jitter: true,
    retryOnTimeout: true,
    // No page should wait longer than a minute on a spinner, whatever Retry-After says.
    maxRetryAfter: 60_000,
  };
}
