import type { ProtocolErrorCode } from '@rujuk/contract';

/** Stable machine codes of every error the protocol defines. */
export type ErrorCode = ProtocolErrorCode;

/** One field-level validation failure. */
export interface FieldError {
  /** JSON pointer-like path, e.g. `/customer/email`. */
  path: string;
  message: string;
}

/** Every error answer: RFC 9457 `application/problem+json` with a stable `code`. */
export interface Problem {
  /** `https://rujuk.dev/problems/<code>`. */
  type: string;
  title: string;
  status: number;
  /** What was wrong and what to do, for a developer. */
  detail: string;
  code: ErrorCode;
  /** Present on `invalid_request`. */
  errors?: FieldError[];
}
