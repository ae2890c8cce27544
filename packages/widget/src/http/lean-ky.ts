// The part of ky that @rujuk/sdk's transport uses, with ky's semantics, for the script-tag build only:
// scripts/build-cdn.mjs resolves `ky` to this file there, so a first open does not download ky's
// hooks, progress streams, response shortcuts and instances, which the SDK never uses. The npm build
// keeps the real ky. `lean-ky.test.ts` runs the SDK's client through it against a real HTTP server.

/** The ky options the SDK's transport passes (`lean-ky.test.ts` fails when it passes another). */
export interface LeanOptions {
  method?: string;
  headers?: Record<string, string>;
  json?: unknown;
  searchParams?: Record<string, string | number | undefined>;
  timeout?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  retry?:
    | number
    | {
        limit?: number;
        backoffLimit?: number;
        methods?: string[];
        jitter?: boolean;
        retryOnTimeout?: boolean;
        maxRetryAfter?: number;
      };
}

// ky's defaults (source/utils/normalize.ts).
const STATUSES = [408, 413, 429, 500, 502, 503, 504];
const AFTER_STATUSES = [413, 429, 503];
const METHODS = ['get', 'put', 'head', 'delete', 'options', 'trace'];
const RETRY_AFTER = [
  'Retry-After',
  'RateLimit-Reset',
  'X-RateLimit-Retry-After',
  'X-RateLimit-Reset',
  'X-Rate-Limit-Reset',
];
const MAX_TIMEOUT = 2_147_483_647;

/** The options lean ky implements: the test checks the SDK passes no other, rather than every visitor. */
export const OPTIONS = ['method', 'headers', 'json', 'searchParams', 'timeout', 'signal', 'fetch', 'retry'];

/** An error named as ky names it (`HTTPError`, `TimeoutError`), which is all the SDK's error mapping reads. */
const failure = (name: string, message: string, request: Request, response?: Response) =>
  Object.assign(new Error(`${message}: ${request.method} ${request.url}`), { name, request, response });

/** Sends one request as `ky(input, options)` does: JSON body, query, per-attempt timeout, retries; rejects on a non-2xx answer. */
export default async function ky(input: string, options: LeanOptions): Promise<Response> {
  const { json, searchParams, timeout = 10_000, signal, fetch: send = fetch } = options;
  const method = (options.method ?? 'GET').toUpperCase();
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  // As ky's, an option given as `undefined` keeps its default.
  const { limit = 2, methods = METHODS } = retry;
  const headers = new Headers(options.headers);
  const body = json === undefined ? undefined : JSON.stringify(json);
  if (body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const query = searchParams && Object.entries(searchParams).filter((entry) => entry[1] !== undefined);
  const url = query?.length
    ? input.replace(/(?:\?.*?)?(?=#|$)/, `?${new URLSearchParams(query as string[][])}`)
    : input;

  for (let retries = 0; ; ) {
    const controller = new AbortController();
    const request = new Request(url, {
      method,
      headers,
      body,
      // As ky: where AbortSignal.any is missing, the caller's signal still cancels, a timeout only rejects.
      signal: signal ? (AbortSignal.any?.([signal, controller.signal]) ?? signal) : controller.signal,
    });
    let error: Error & { response?: Response };
    try {
      const response = await new Promise<Response>((resolve, reject) => {
        const timer = setTimeout(() => {
          controller.abort();
          reject(failure('TimeoutError', 'Request timed out', request));
        }, timeout);
        send(request)
          .then(resolve, reject)
          .finally(() => clearTimeout(timer));
      });
      if (response.ok) return response;
      const status = `${response.status} ${response.statusText}`.trim();
      error = failure('HTTPError', `Request failed with status code ${status}`, request, response);
    } catch (thrown) {
      error = thrown as Error;
    }
    const status = error.response?.status;
    if (
      ++retries > limit ||
      !methods.includes(method.toLowerCase()) ||
      (error.name === 'TimeoutError' && !retry.retryOnTimeout) ||
      (status !== undefined && !STATUSES.includes(status))
    ) {
      throw error;
    }
    let wait = Math.min(
      retry.backoffLimit ?? Number.POSITIVE_INFINITY,
      (retry.jitter ? Math.random() : 1) * 300 * 2 ** (retries - 1),
    );
    const after = status && error.response!.headers;
    const header = after && RETRY_AFTER.map((name) => after.get(name)).find((value) => value !== null);
    if (header && AFTER_STATUSES.includes(status!)) {
      wait = Number(header) * 1000;
      if (Number.isNaN(wait)) wait = Date.parse(header) - Date.now();
      else if (wait >= Date.parse('2024-01-01')) wait -= Date.now();
      wait = Math.min(wait, retry.maxRetryAfter ?? wait);
    } else if (status === 413) throw error;
    await new Promise<void>((resolve, reject) => {
      signal?.throwIfAborted();
      const timer = setTimeout(resolve, Math.min(wait, MAX_TIMEOUT));
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
  }
}
