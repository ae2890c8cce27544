import ky from 'ky';
import { callError } from '../errors/call-error.js';
import type { RujukError } from '../errors/rujuk-error.js';
import { toRujukError } from '../errors/to-rujuk-error.js';
import { type RetrySettings, retryPolicy } from './retry-policy.js';
import type { RequestOptions } from './types.js';

/** What every call of one client shares, after option parsing. */
export interface TransportSettings {
  /** Base URL without a trailing slash or `/v1`. */
  apiUrl: string;
  /** Sent with every call: the `authorization` header. */
  headers: Record<string, string>;
  timeout: number;
  retry: RetrySettings;
  fetch: typeof fetch | undefined;
}

/** One call: its body, query and extra headers, whether it is safe to retry, and the caller's options. */
export interface Call extends RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** A call the backend does not deduplicate (`join`): sent once, never retried. */
  once?: boolean;
}

/** Sends one protocol call (retried unless `once`) and resolves with its parsed JSON answer, or rejects with a {@link RujukError}. */
export type Send = <T>(method: 'GET' | 'POST', path: string, call?: Call) => Promise<T>;

/** Builds the function every client method sends through: ky with the protocol's headers, retries and error mapping. */
export function createTransport(settings: TransportSettings): Send {
  return async (method, path, call = {}) => {
    const where = `${method} ${path}`;
    const { signal } = call;
    let text: string;
    try {
      text = await (
        await ky(settings.apiUrl + path, {
          method,
          headers: { ...settings.headers, ...call.headers },
          json: call.body,
          searchParams: call.query,
          timeout: call.timeout || settings.timeout,
          signal,
          fetch: settings.fetch,
          retry: call.once ? 0 : retryPolicy(settings.retry),
        })
      ).text();
    } catch (error) {
      throw await toRujukError(error, where, signal);
    }
    try {
      return JSON.parse(text);
    } catch {}
    throw callError('invalid_response', where, 'not a Rujuk answer; check apiUrl');
  };
}
