import type { ErrorCode, Problem } from '@rujuk/protocol';

/**
 * What went wrong, as a stable machine code: a protocol problem code from the backend, or one of
 * `network_error` (no answer: offline, DNS, CORS), `timeout` (no answer in time), `aborted` (the
 * caller's signal fired), `invalid_response` (an answer that is not the protocol's) and
 * `invalid_webhook` (a webhook whose signature, timestamp or body `verifyWebhook` refused).
 */
export type RujukErrorCode =
  | ErrorCode
  | 'network_error'
  | 'timeout'
  | 'aborted'
  | 'invalid_response'
  | 'invalid_webhook';

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
   * `cause` keeps the underlying failure (e.g. Node's `ECONNREFUSED`) for debugging.
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

/** Whether `value` is a {@link RujukError}; matches on `name`, so it also works across iframes and bundle copies. */
export function isRujukError(value: unknown): value is RujukError {
  return typeof value === 'object' && (value as RujukError | null)?.name === 'RujukError';
}
