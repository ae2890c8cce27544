import ky from 'ky';
import { RujukError } from '../errors/rujuk-error.js';
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

/** One call: its body, query and extra headers, the statuses worth retrying, and the caller's options. */
export interface Call extends RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** The statuses to retry instead of ky's (408, 413 with Retry-After, 429, 500, 502, 503, 504). */
  statusCodes?: number[];
}

/**
 * Sends one protocol call, retried as {@link retryPolicy} says (every call the clients make is
 * idempotent, `join` through its idempotency key), and resolves with its parsed JSON answer, or
 * rejects with a {@link RujukError}.
 */
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
          retry: retryPolicy(settings.retry, call.statusCodes),
        })
      ).text();
    } catch (error) {
      throw await toRujukError(error, where, signal);
    }
    try {
      return JSON.parse(text);
    } catch {}
    throw new RujukError('invalid_response', where, 'not a Rujuk answer; check apiUrl');
  };
}
