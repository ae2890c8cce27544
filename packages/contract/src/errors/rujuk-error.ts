import type { RujukErrorCode } from './error-codes.js';

/** What a {@link RujukError} may carry besides its code and message. */
export interface RujukErrorOptions {
  /** HTTP status of the answer that failed, when there was one. */
  status?: number | null;
  /** What was wrong and what to do, in a sentence, without the message's prefix. */
  detail?: string;
  /** The underlying failure, kept for debugging. */
  cause?: unknown;
}

/**
 * The one error Rujuk fails with, in every package: `name` is `'RujukError'`, `code` is stable, the
 * message says what failed and what to do. Packages extend it with what their own failures carry.
 */
export class RujukError extends Error {
  declare readonly name: 'RujukError';
  /** Stable machine code, e.g. `unknown_code`, `rate_limited` or `network_error`. */
  declare code: RujukErrorCode;
  /** HTTP status of the answer, when the failure came with one. */
  declare status?: number | null;
  /** What was wrong and what to do, in a sentence. */
  declare detail?: string;

  constructor(code: RujukErrorCode, message: string, options: RujukErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // Assigned rather than declared with initialisers, which compile to bulkier helpers.
    (this as { name: string }).name = 'RujukError';
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.detail !== undefined) this.detail = options.detail;
  }
}
