import { callError } from '../errors/call-error.js';
import type { RujukError } from '../errors/rujuk-error.js';
import type { TransportSettings } from '../http/create-transport.js';
import type { RetryOption } from '../http/types.js';

/** The options both clients share, as a caller may pass them (untyped callers included). */
export interface SharedOptions {
  apiUrl: string;
  timeout?: number;
  retry?: RetryOption;
  fetch?: typeof fetch;
}

/** Which key a client takes: the browser's publishable key, or the server's secret key. */
type KeyKind = 'publishableKey' | 'secretKey';

/**
 * Validates and normalises the options of either client, in this one place. Returns the transport
 * settings and, when an option is wrong, the error that client reports.
 */
export function parseOptions(
  options: SharedOptions & Partial<Record<KeyKind, string>>,
  kind: KeyKind,
): [TransportSettings, RujukError | null] {
  const { apiUrl, timeout = 10_000, retry = 2, fetch } = options || ({} as SharedOptions);
  const key = String(options?.[kind]);
  const { limit = 2, backoffLimit = 10_000 } = typeof retry === 'number' ? { limit: retry } : retry || {};
  const prefix = kind === 'secretKey' ? 'sk_' : 'pk_';
  // A secret key in browser code is the one mistake worth its own code: it must be rotated.
  const exposed = prefix === 'pk_' && key.startsWith('sk_');
  const problem = !/^https?:\/\/[^/]/i.test(apiUrl)
    ? 'apiUrl must be an http(s) URL'
    : exposed
      ? 'never put the secret key in a browser: rotate it and pass the pk_… key'
      : key.startsWith(prefix)
        ? ''
        : `${kind} must be the ${prefix}… key`;
  return [
    {
      apiUrl: String(apiUrl).replace(/\/+$/, ''),
      headers: { authorization: `Bearer ${key}` },
      timeout,
      retry: { limit, backoffLimit },
      fetch,
    },
    problem ? callError(exposed ? 'secret_key_exposed' : 'invalid_request', 'options', problem) : null,
  ];
}
