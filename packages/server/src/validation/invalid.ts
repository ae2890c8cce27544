import type { FieldError } from '@rujuk/protocol';
import { RujukError } from '../errors/rujuk-error.js';

/** Throws `invalid_request` listing every field error, when there are any. */
export function assertValid(errors: FieldError[], what: string): void {
  if (errors.length === 0) return;
  const first = errors[0]!;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more; see errors)` : '';
  throw new RujukError('invalid_request', `Invalid ${what}: ${first.path} ${first.message}${more}.`, { errors });
}
