import {
  RujukError as FamilyError,
  type RujukErrorOptions as FamilyOptions,
  isRujukError as isFamilyError,
  type RujukErrorCode,
} from '@rujuk/contract';
import type { Problem } from '@rujuk/protocol';
import { failure } from './failure.js';

export type { RujukErrorCode } from '@rujuk/contract';

/** What a {@link RujukError} may carry besides its code and message. */
export interface RujukErrorOptions extends FamilyOptions {
  /** The backend's `application/problem+json` body, when it sent one. */
  problem?: Problem | null;
}

/**
 * The one error every Rujuk call rejects with, a class of the Rujuk error family: branch on `code`, show
 * `detail` to developers. The SDK's own errors always carry `status`, `detail` and `problem`; one you
 * construct carries the options you pass.
 */
export class RujukError extends FamilyError {
  /** HTTP status of the answer, or `null` when no answer arrived (or the call never left the client). */
  declare status: number | null;
  /** What was wrong and what to do, in a sentence. */
  declare detail: string;
  /** The backend's `application/problem+json` body, when it sent one. */
  declare problem: Problem | null;

  /** The family's shape; `options` lands on the error as given. */
  constructor(code: RujukErrorCode, message: string, options?: RujukErrorOptions);
  /**
   * @deprecated The SDK's shape until now, `(code, where, detail, status?, problem?, cause?)`: the
   * message is built from `where` (e.g. `GET /v1/program`) and `detail`. Pass
   * `(code, message, { status, detail, problem, cause })` instead.
   */
  constructor(...failed: Parameters<typeof failure>);
  constructor(
    code: RujukErrorCode,
    message: string,
    options: RujukErrorOptions | string = {},
    ...legacy: [(number | null)?, (Problem | null)?, unknown?]
  ) {
    const [text, given] = typeof options === 'string' ? failure(code, message, options, ...legacy) : [message, options];
    super(code, text, given);
  }
}

/**
 * Whether `value` is a {@link RujukError} (of `code`, when given); matches on `name`, so it also works
 * across iframes and bundle copies. `'invalid_argument'` matches `invalid_request`.
 */
export const isRujukError = isFamilyError as (value: unknown, code?: RujukErrorCode) => value is RujukError;
