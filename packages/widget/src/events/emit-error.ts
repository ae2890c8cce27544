import { emit } from './emit.js';

/**
 * Reports a failure the page owner should know about as `rujuk:error` with `{ code, message }`: a
 * Rujuk error's stable code (`network_error`, `rate_limited`…), else `fallback`. Never throws.
 */
export function emitError(error: unknown, fallback: string): void {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  emit('error', { code: typeof code === 'string' ? code : fallback, message: `${message ?? error}` });
}
