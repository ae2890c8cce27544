import type { ErrorCode, FieldError } from '@rujuk/protocol';

/** Codes of errors the server raises outside an HTTP answer (start-up, configuration, database). */
export type StartupErrorCode = 'invalid_config' | 'config_unreadable' | 'invalid_options' | 'database_unavailable';

/** Every stable error code `@rujuk/server` uses: the protocol's codes plus start-up codes. */
export type RujukErrorCode = ErrorCode | StartupErrorCode;

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
export class RujukError extends Error {
  override readonly name = 'RujukError';
  readonly code: RujukErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly retryAfter: number | undefined;
  readonly allow: string[] | undefined;

  constructor(code: RujukErrorCode, message: string, options: RujukErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.errors = options.errors;
    this.retryAfter = options.retryAfter;
    this.allow = options.allow;
  }
}

/** Tells a {@link RujukError} apart by name, so it works across module copies. */
export function isRujukError(value: unknown): value is RujukError {
  return value instanceof Error && value.name === 'RujukError';
}
