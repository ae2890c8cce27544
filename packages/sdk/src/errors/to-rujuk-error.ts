import type { Problem } from '@rujuk/protocol';
import { callError } from './call-error.js';
import type { RujukError } from './rujuk-error.js';

/** What ky throws: an `HTTPError` carries the `response`; a `TimeoutError` is named so. */
type Thrown = { name?: string; message?: string; response?: Response } | undefined;

/** Maps what a failed call threw (ky's HTTPError or TimeoutError, fetch's TypeError, an abort) to a {@link RujukError}. */
export async function toRujukError(
  error: unknown,
  where: string,
  signal: AbortSignal | undefined,
): Promise<RujukError> {
  const { name, message, response } = (error || {}) as NonNullable<Thrown>;
  let problem: Problem | undefined;
  if (signal?.aborted) return callError('aborted', where, 'cancelled by its AbortSignal');
  if (name === 'TimeoutError') {
    return callError('timeout', where, 'no answer in time; check the server or raise timeout');
  }
  if (!response) {
    return callError(
      'network_error',
      where,
      `${message}; check the network, apiUrl and allowed origins`,
      null,
      null,
      error,
    );
  }
  try {
    problem = JSON.parse(await response.text());
  } catch {}
  return problem?.code
    ? callError(problem.code, where, problem.detail, response.status, problem)
    : callError(
        response.status >= 500 ? 'internal_error' : 'invalid_response',
        where,
        'not a Rujuk answer; check apiUrl',
        response.status,
      );
}
