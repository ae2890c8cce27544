import {
  type RujukErrorCode as FamilyCode,
  RujukError as FamilyError,
  isRujukError as isFamilyError,
} from '@rujuk/contract';
import type { FieldError } from '@rujuk/protocol';

/** Codes of errors the server raises outside an HTTP answer (start-up, configuration, database). */
export type StartupErrorCode = 'invalid_config' | 'config_unreadable' | 'invalid_options' | 'database_unavailable';

/** Every stable error code of the Rujuk error family, the protocol's and the start-up codes among them. */
export type RujukErrorCode = FamilyCode;

/** Extra facts attached to a {@link RujukError}. */
export interface RujukErrorOptions {
  /** Field-level failures, answered as `errors[]` on `invalid_request`. */
  errors?: FieldError[];
  /** Seconds a client should wait, answered as `Retry-After` on `rate_limited`. */
  retryAfter?: number;
  /** Methods a path accepts, answered as `Allow` on `method_not_allowed`. */
  allow?: string[];
  cause?: unknown;
}

/** The one error class of `@rujuk/server`: a stable `code` and a message that says what to do. */
export class RujukError extends FamilyError {
  // Set from the options by the family's constructor.
  declare readonly errors: FieldError[] | undefined;
  declare readonly retryAfter: number | undefined;
  declare readonly allow: string[] | undefined;

  // Narrows the options to the server's own.
  constructor(code: RujukErrorCode, message: string, options: RujukErrorOptions = {}) {
    super(code, message, options);
  }
}

/**
 * Tells a {@link RujukError} apart by name (of `code`, when given), so it works across module copies
 * and realms, where `instanceof` fails.
 */
export const isRujukError = isFamilyError as (value: unknown, code?: RujukErrorCode) => value is RujukError;
