import { isRujukError as isFamilyError, type RujukErrorCode } from '@rujuk/contract';
import type { Problem } from '@rujuk/protocol';

export type { RujukErrorCode } from '@rujuk/contract';

/** The one error every Rujuk call rejects with; branch on `code`, show `detail` to developers. */
export class RujukError extends Error {
  declare readonly name: 'RujukError';
  /** Stable machine code, e.g. `unknown_code`, `rate_limited` or `network_error`. */
  declare code: RujukErrorCode;
  /** HTTP status of the answer, or `null` when no answer arrived (or the call never left the client). */
  declare status: number | null;
  /** What was wrong and what to do, in a sentence. */
  declare detail: string;
  /** The backend's `application/problem+json` body, when it sent one. */
  declare problem: Problem | null;

  /**
   * `where` names the call, e.g. `GET /v1/program`, so the message says what failed, where and why;
   * `cause` keeps the underlying failure (e.g. Node's `ECONNREFUSED`) for debugging. The one class of
   * the family whose constructor is not `(code, message, options)`: that shape next to this one costs
   * the widget's first open more bytes than its budget has left.
   */
  constructor(
    code: RujukErrorCode,
    where: string,
    detail: string,
    status: number | null = null,
    problem: Problem | null = null,
    cause?: unknown,
  ) {
    super(`Rujuk ${where}: ${detail} (${code}${status ? ` ${status}` : ''})`, { cause });
    // Fields are assigned here rather than declared with initialisers, which compile to bulkier helpers.
    (this as { name: string }).name = 'RujukError';
    this.code = code;
    this.status = status;
    this.detail = detail;
    this.problem = problem;
  }
}

/**
 * Whether `value` is a {@link RujukError} (of `code`, when given); matches on `name`, so it also works
 * across iframes and bundle copies. `'invalid_argument'` matches `invalid_request`.
 */
export const isRujukError = isFamilyError as (value: unknown, code?: RujukErrorCode) => value is RujukError;
