import type { BrowserContext, Route } from 'playwright-core';
import { sleep } from './hostile-site.js';

/** What a faulty network does to one request on its way to the backend. */
export type Fault = (route: Route) => Promise<void>;

/** A fault installed on a browser context, with what it saw. */
export interface InjectedFault {
  /** Requests that met the fault, per endpoint (`clicks`, `conversions`, `participants`). */
  faulted: Record<string, number>;
  /** When each request arrived (ms since the epoch), per endpoint, faulted or not. */
  arrivals: Record<string, number[]>;
  /** Lets every later request through untouched. */
  lift(): Promise<void>;
}

const ENDPOINT = /\/v1\/(clicks|conversions|participants)(?:\?|$)/;

/** Which requests meet a fault. */
export interface FaultScope {
  /** How many requests per endpoint meet it. @default Infinity (until lifted) */
  times?: number;
  /** The endpoints it stands in front of. @default all three write endpoints */
  endpoints?: ('clicks' | 'conversions' | 'participants')[];
}

/**
 * Routes the backend's write endpoints of a context through `fault` for the first `times`
 * requests of each endpoint (every request until {@link InjectedFault.lift} with `Infinity`).
 * Clicks, conversions and joins, sent by `fetch` or `sendBeacon`, all pass here.
 */
export async function injectFault(
  context: BrowserContext,
  backendUrl: string,
  fault: Fault,
  { times = Number.POSITIVE_INFINITY, endpoints = ['clicks', 'conversions', 'participants'] }: FaultScope = {},
): Promise<InjectedFault> {
  const faulted: Record<string, number> = {};
  const arrivals: Record<string, number[]> = {};
  let lifted = false;
  const matcher = (url: URL) => url.origin === new URL(backendUrl).origin && ENDPOINT.test(url.pathname + url.search);
  const handler = async (route: Route) => {
    const endpoint = ENDPOINT.exec(new URL(route.request().url()).pathname)?.[1] ?? 'other';
    arrivals[endpoint] = [...(arrivals[endpoint] ?? []), Date.now()];
    const exempt = !endpoints.includes(endpoint as 'clicks');
    if (route.request().method() !== 'POST' || lifted || exempt || (faulted[endpoint] ?? 0) >= times) {
      await route.continue().catch(() => {});
      return;
    }
    faulted[endpoint] = (faulted[endpoint] ?? 0) + 1;
    // The page may close, or the request time out, while a fault holds it: that is the point.
    await fault(route).catch(() => {});
  };
  await context.route(matcher, handler);
  return {
    faulted,
    arrivals,
    lift: async () => {
      lifted = true;
    },
  };
}

const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'retry-after' };

/** Answers with an HTTP error, as a backend or a proxy in front of it would. */
export const answer =
  (
    status: number,
    { retryAfter, html = false, withCors = true }: { retryAfter?: number; html?: boolean; withCors?: boolean } = {},
  ): Fault =>
  (route) =>
    route.fulfill({
      status,
      headers: {
        ...(withCors ? cors : {}),
        ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }),
      },
      contentType: html ? 'text/html' : 'application/problem+json',
      body: html
        ? `<html><body><h1>${status}</h1>nginx</body></html>`
        : JSON.stringify({
            type: 'about:blank',
            title: 'Unavailable',
            status,
            detail: 'fault',
            code: 'internal_error',
          }),
    });

/** Fails the connection before the request reaches the backend (`connectionrefused`, `connectionreset`, …). */
export const abort =
  (
    reason: 'connectionrefused' | 'connectionreset' | 'connectionaborted' | 'timedout' | 'internetdisconnected',
  ): Fault =>
  (route) =>
    route.abort(reason);

/** Lets the backend store the request, then loses its answer: the client sees a reset connection. */
export const loseAnswer: Fault = async (route) => {
  await route.fetch();
  await route.abort('connectionreset');
};

/** Holds the request `ms` before it goes on to the backend. */
export const delayRequest =
  (ms: number): Fault =>
  async (route) => {
    await sleep(ms);
    await route.continue();
  };

/** Lets the backend store the request at once, then holds its answer `ms` (past the client's timeout, if longer). */
export const delayAnswer =
  (ms: number): Fault =>
  async (route) => {
    const response = await route.fetch();
    await sleep(ms);
    await route.fulfill({ response });
  };

/** Never answers: the request hangs until the page goes away or the fault is lifted. */
export const hang: Fault = () => new Promise<void>(() => {});
