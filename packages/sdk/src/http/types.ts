/**
 * How idempotent calls are retried: a number of retries, or `{ limit, backoffLimit }`.
 * Retried: 408, 429, 500, 502, 503, 504, timeouts and network errors, with full-jitter exponential
 * backoff (300 ms, 600 ms, …) and `Retry-After` honoured on 429/503. Never retried: `join`, aborts.
 * @default 2
 * @example { limit: 4, backoffLimit: 5_000 }
 */
export type RetryOption =
  | number
  | {
      /**
       * Retries after the first attempt; `0` turns retries off.
       * @default 2
       */
      limit?: number;
      /**
       * Upper bound in ms of one computed backoff delay (a `Retry-After` answer is honoured up to 60 s instead).
       * @default 10_000
       */
      backoffLimit?: number;
    };

/** Per-call options accepted by every client method. */
export interface RequestOptions {
  /** Cancels the call (and any pending retry); it then rejects with code `aborted`. */
  signal?: AbortSignal;
  /**
   * Milliseconds to wait for each attempt before giving up on it; overrides the client's `timeout`.
   * @default the client's `timeout`
   */
  timeout?: number;
}
