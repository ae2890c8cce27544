import type { Browser, BrowserContext, Cookie } from 'playwright-core';
import type { Backend } from '../support/backend.js';
import { humanUserAgent } from '../support/browser.js';

/** The built script-tag bundle, served by the static site from the repository root. */
export const BUNDLE = '/packages/attribution/dist/rujuk.global.js';

/** The documented queue stub, exactly as site owners paste it. */
export const STUB = '<script>window.rujuk=window.rujuk||function(){(rujuk.q=rujuk.q||[]).push(arguments)}</script>';

/** A person's user agent for the engine under test (undefined keeps the engine's own, already a person's). */
export const HUMAN_UA = humanUserAgent;

/** Origins the test pages use, allowed on the backend. */
export const ALLOWED_ORIGINS = ['http://127.0.0.1:*', 'http://*.test:*', 'http://*.shop.test:*', 'http://localhost:*'];

/** A page that installs the stub, runs `before`, then loads the snippet with the given data attributes. */
export function landing(backend: Backend, attributes = '', { body = '', before = '' } = {}): string {
  return `<!doctype html><html><head><title>landing</title>${STUB}${before ? `<script>${before}</script>` : ''}
<script async src="${BUNDLE}" data-key="${backend.publishableKey}" data-api="${backend.url}" ${attributes}></script>
</head><body>${body}</body></html>`;
}

/** A browser context that looks like a person's browser: a normal user agent, `navigator.webdriver` false. */
export async function humanContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ userAgent: HUMAN_UA, ...options });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false });
  });
  return context;
}

/** Whether the snippet has started on the page (its `convert` handler is on the bus); for `page.waitForFunction`. */
export const snippetReady = (): unknown =>
  (window as unknown as { rujuk?: { h?: { convert?: unknown } } }).rujuk?.h?.convert;

/** The `rujuk_ref` cookie of a context, if any. */
export async function refCookie(context: BrowserContext): Promise<Cookie | undefined> {
  return (await context.cookies()).find((cookie) => cookie.name === 'rujuk_ref');
}

/** The click id inside a `rujuk_ref` value (`1.CODE.CLICKID.TIME36`). */
export const clickIdOf = (cookie: Cookie | undefined): string => cookie?.value.split('.')[2] ?? '';

interface Page<T> {
  items: T[];
}

/** Clicks stored for a click id. */
export async function clicksFor(backend: Backend, clickId: string) {
  return (await backend.secret<Page<{ code: string; clickId: string }>>(`/v1/clicks?clickId=${clickId}`)).items;
}

/** Conversions stored for an order id. */
export async function conversionsFor(backend: Backend, orderId: string) {
  return (
    await backend.secret<
      Page<{
        orderId: string;
        referrerCode: string | null;
        clickId: string | null;
        source: string;
        attributed: boolean;
      }>
    >(`/v1/conversions?orderId=${encodeURIComponent(orderId)}`)
  ).items;
}

/** A unique order id per test run, so reruns against a kept database stay independent. */
export const orderId = (name: string): string =>
  `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A reverse proxy in front of the backend that can be switched down (503) to play an outage no page can bypass. */
export async function outageProxy(target: string) {
  const { createServer } = await import('node:http');
  // `refused` lists the requests answered 503 (`POST /v1/conversions?key=…`), so a test can wait for one.
  const state = { down: false, refused: [] as string[] };
  const server = createServer(async (req, res) => {
    const cors = { 'access-control-allow-origin': req.headers.origin ?? '*', vary: 'Origin' };
    if (state.down) {
      state.refused.push(`${req.method} ${req.url}`);
      req.resume();
      res.writeHead(503, { ...cors, 'content-type': 'application/problem+json' }).end('{"code":"internal_error"}');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
    ) as Record<string, string>;
    const answer = await fetch(new URL(req.url ?? '/', target), {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
