/** Stable machine codes of every error the protocol defines. */
export type ErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'missing_key'
  | 'invalid_key'
  | 'secret_key_required'
  | 'secret_key_exposed'
  | 'origin_not_allowed'
  | 'participant_auth_required'
  | 'invalid_token'
  | 'invalid_signature'
  | 'unknown_code'
  | 'not_found'
  | 'method_not_allowed'
  | 'idempotency_conflict'
  | 'invalid_state'
  | 'rate_limited'
  | 'internal_error';

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
