import type { RujukErrorCode } from './error-codes.js';
import type { RujukError } from './rujuk-error.js';

/**
 * Whether `value` is a Rujuk error (of `code`, when given). Matches on `name`, so it holds across
 * frames, bundle copies and the script tag's plain `Error`s; `invalid_argument` matches `invalid_request`.
 */
export const isRujukError = (value: unknown, code?: RujukErrorCode): value is RujukError =>
  typeof value === 'object' &&
  (value as RujukError | null)?.name === 'RujukError' &&
  (code == null ||
    (value as RujukError).code === code ||
    (code === 'invalid_argument' && (value as RujukError).code === 'invalid_request'));
