import { S } from '../core/state.js';

/** The outcome of a POST: HTTP status (0 for a network error or timeout), parsed body, `Retry-After`. */
export type Answer = [status: number, body: Record<string, unknown>, retryAfter?: string | null];

/** The URL of a `/v1/<path>` endpoint with the publishable key in the query (CORS simple requests carry no headers). */
export const endpoint = (path: string): string => S._cfg._api + '/v1/' + path + '?key=' + S._cfg._key;

/**
 * POSTs JSON as `text/plain`, a CORS simple request (no preflight), with `keepalive` so it
 * survives the page being closed, and a 15 s timeout. Never rejects.
 */
export const post = (path: string, body: object): Promise<Answer> =>
  fetch(endpoint(path), {
    method: 'POST',
    body: JSON.stringify(body),
    keepalive: true,
    signal: AbortSignal.timeout?.(15e3),
  })
    .then(async (response) => [response.status, await response.json(), response.headers.get('retry-after')] as Answer)
    .catch(() => [0, {}]);

/** Sends with `navigator.sendBeacon`, whose delivery is unknown: the caller keeps the entry queued. */
export const beacon = (path: string, body: object): unknown =>
  navigator.sendBeacon(endpoint(path), JSON.stringify(body));
