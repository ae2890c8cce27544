/** Stable machine codes of every error the protocol defines: the `code` of an `application/problem+json` answer. */
export type ProtocolErrorCode =
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

/**
 * Codes of failures that never reach the wire: `network_error` (no answer: offline, DNS, CORS),
 * `timeout` (no answer in time), `aborted` (the caller's signal fired), `invalid_response` (an answer
 * that is not the protocol's), `invalid_webhook` (a webhook whose signature, timestamp or body was
 * refused), `invalid_option` (a conformance option), `not_initialized` (the snippet's npm API called
 * before `init()` or outside a browser), and the reference backend's start-up failures
 * `invalid_config`, `config_unreadable`, `invalid_options` and `database_unavailable`.
 */
export type LocalErrorCode =
  | 'network_error'
  | 'timeout'
  | 'aborted'
  | 'invalid_response'
  | 'invalid_webhook'
  | 'invalid_option'
  | 'not_initialized'
  | 'invalid_config'
  | 'config_unreadable'
  | 'invalid_options'
  | 'database_unavailable';

/**
 * The code of every `RujukError`, in every package. Arguments a call refuses before sending are
 * `invalid_request`, as the backend answers the same mistake.
 */
export type RujukErrorCode =
  | ProtocolErrorCode
  | LocalErrorCode
  /** @deprecated The snippet's name for `invalid_request` until now; `isRujukError(error, 'invalid_argument')` still matches. */
  | 'invalid_argument';
