import type { RujukErrorCode } from './error-codes.js';

/** What a {@link RujukError} may carry besides its code and message; packages add their own fields. */
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
    // `Error` takes `cause` from the options (non-enumerable, as on any error) and ignores the rest.
    super(message, options);
    // Assigned rather than declared with initialisers, which compile to bulkier helpers.
    (this as { name: string }).name = 'RujukError';
    this.code = code;
    // Every option lands on the error as given, so a package's own options (the SDK's `problem`, the
    // server's `errors`) need no code of their own: the widget carries this class on its first open.
    Object.assign(this, options);
  }
}
