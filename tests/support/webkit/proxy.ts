import { createHash } from 'node:crypto';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { connect } from 'node:net';
import { type UrlMatcher, urlMatches, WkRequest, WkResponse } from './network.js';

/** A path every origin answers with an empty page, for reading and writing an origin's cookies. */
export const BLANK_PATH = '/__rujuk_webkit_blank__';

/** What `route.fulfill` takes. */
export interface FulfillOptions {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  contentType?: string;
  json?: unknown;
  response?: WkResponse;
}

/** What `route.continue` and `route.fetch` take. */
export interface ContinueOptions {
  url?: string;
  method?: string;
  headers?: Record<string, string>;
  postData?: string | Buffer;
}

type Decision =
  | { kind: 'fulfill'; options: FulfillOptions }
  | { kind: 'continue'; options: ContinueOptions }
  | { kind: 'abort' }
  | { kind: 'fallback' };

/** Playwright's `Route`, for a request held by the WebKit proxy. */
export class WkRoute {
  /** @internal */
  readonly decided: Promise<Decision>;
  private decide!: (decision: Decision) => void;
  constructor(
    private readonly held: WkRequest,
    private readonly proxy: InterceptingProxy,
  ) {
    this.decided = new Promise((done) => (this.decide = done));
  }
  /** The request held. */
  request(): WkRequest {
    return this.held;
  }
  /** Answers the request without the network. */
  async fulfill(options: FulfillOptions = {}): Promise<void> {
    this.decide({ kind: 'fulfill', options });
  }
  /** Sends the request on, optionally changed. */
  async continue(options: ContinueOptions = {}): Promise<void> {
    this.decide({ kind: 'continue', options });
  }
  /** Passes the request to the route registered before this one. */
  async fallback(): Promise<void> {
    this.decide({ kind: 'fallback' });
  }
  /** Fails the request as a network error. */
  async abort(): Promise<void> {
    this.decide({ kind: 'abort' });
  }
  /** Sends the request and hands back the answer, to fulfil with it (changed or not). */
  fetch(options: ContinueOptions = {}): Promise<WkResponse> {
    return this.proxy.fetchUpstream(this.held, options);
  }
}

/** A route as `context.route` registers it. */
export interface RouteEntry {
  matcher: UrlMatcher;
  handler: (route: WkRoute, request: WkRequest) => unknown;
}

/** What the proxy tells the context about. */
export interface ProxyEvents {
  request(request: WkRequest): void;
  response(response: WkResponse): void;
  requestfailed(request: WkRequest): void;
}

const LOCAL = /^(127\.0\.0\.1|localhost|test|.*\.test)$/;
const HOP = ['proxy-connection', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-authorization'];

/**
 * The HTTP proxy one WebKit context's requests go through. Classic WebDriver has no network layer, so
 * this is where Playwright's routes, request and response events, offline mode, HTTP credentials and
 * init scripts (injected at the top of every HTML document) are carried out. Every test host resolves
 * to 127.0.0.1; any other host is a network error, as on a machine without a network.
 */
export class InterceptingProxy {
  readonly routes: RouteEntry[] = [];
  initScripts: string[] = [];
  offline = false;
  authorization: string | undefined;
  /** Requests sent and not answered yet, for `networkidle`. */
  inFlight = 0;
  /** Every origin a request went to, for clearing cookies. */
  readonly origins = new Set<string>();
  // The request line carries the whole address, a little longer than the server it goes to sees: room for
  // the long addresses the fuzzed tests open.
  private readonly server = createServer({ maxHeaderSize: 1 << 20 }, (req, res) => void this.handle(req, res));
  constructor(private readonly events: ProxyEvents) {
    // A WebSocket (Vite's live reload, say) goes through as the request it is, then as a tunnel.
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://invalid');
      if (this.offline || !LOCAL.test(url.hostname)) return void socket.destroy();
      const upstream = connect(Number(url.port || 80), '127.0.0.1', () => {
        const lines = [`${req.method} ${url.pathname}${url.search} HTTP/1.1`];
        for (let i = 0; i < req.rawHeaders.length; i += 2) {
          if (!/^proxy-/i.test(req.rawHeaders[i] ?? '')) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
        }
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
        upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    this.server.on('connect', (req, socket, head) => {
      const [host, port] = (req.url ?? '').split(':');
      if (this.offline || !LOCAL.test(host ?? '')) return void socket.destroy();
      const upstream = connect(Number(port), '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
  }

  /** Listens on 127.0.0.1 and answers `host:port`. */
  async listen(): Promise<string> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    return `127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  /** Stops, cutting every open connection. */
  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((done) => this.server.close(() => done()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.on('error', () => {});
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://invalid');
    if (url.pathname === BLANK_PATH) {
      res
        .writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' })
        .end('<!doctype html><title></title>');
      return;
    }
    if (!LOCAL.test(url.hostname)) return void req.socket.destroy();
    this.origins.add(url.origin);
    const headers = Object.fromEntries(
      Object.entries(req.headers)
        .filter(([name]) => !HOP.includes(name))
        .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
    );
    if (this.authorization && !headers.authorization) headers.authorization = this.authorization;
    const request = new WkRequest(url.href, req.method ?? 'GET', headers, Buffer.concat(chunks));
    const routes = this.routes.filter((route) => urlMatches(route.matcher, url.href)).reverse();
    // Playwright answers the CORS preflight of a routed request itself, and reports no preflight.
    if (request.method() === 'OPTIONS' && headers['access-control-request-method']) {
      if (this.offline) return void req.socket.destroy();
      if (routes.length) return void res.writeHead(204, preflightAnswer(headers)).end();
      return this.forward(request, {}, res, false);
    }
    this.inFlight++;
    res.on('close', () => this.inFlight--);
    this.events.request(request);
    // Offline, a request is still made and fails, as the other engines' drivers report it.
    if (this.offline) {
      request.settle(null);
      this.events.requestfailed(request);
      return void req.socket.destroy();
    }
    for (const route of routes) {
      const held = new WkRoute(request, this);
      void Promise.resolve()
        .then(() => route.handler(held, request))
        .catch(() => {});
      const decision = await held.decided;
      if (decision.kind === 'fallback') continue;
      if (decision.kind === 'abort') {
        request.settle(null);
        this.events.requestfailed(request);
        // A connection dropped before any answer is one WebKit's network stack silently sends the request
        // again on; an answer it cannot read fails the request for good, as an abort does elsewhere.
        return void req.socket.end('HTTP/1.1 abort\r\n\r\n');
      }
      if (decision.kind === 'continue') return this.forward(request, decision.options, res, true);
      return this.fulfil(request, decision.options, res);
    }
    return this.forward(request, {}, res, true);
  }

  private fulfil(request: WkRequest, options: FulfillOptions, res: ServerResponse): void {
    const base = options.response;
    const headers: Record<string, string> = { ...(base?.headers() ?? {}), ...(options.headers ?? {}) };
    let body: Buffer | Promise<Buffer> = Buffer.alloc(0);
    if (options.json !== undefined) {
      body = Buffer.from(JSON.stringify(options.json));
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) body = Buffer.from(options.body);
    else if (base) body = base.body();
    if (options.contentType) headers['content-type'] = options.contentType;
    void Promise.resolve(body).then((bytes) => {
      const status = options.status ?? base?.status() ?? 200;
      delete headers['content-encoding'];
      delete headers['transfer-encoding'];
      this.answer(request, status, headers, bytes, res);
    });
  }

  /** Sends `request` upstream and answers with everything it got, after the response started. */
  fetchUpstream(request: WkRequest, options: ContinueOptions): Promise<WkResponse> {
    return new Promise((done, fail) => {
      const upstream = this.upstream(request, options, (answer) => {
        done(new WkResponse(request, answer.statusCode ?? 502, answer.headers, collect(answer)));
      });
      upstream.on('error', fail);
    });
  }

  private upstream(request: WkRequest, options: ContinueOptions, answered: (answer: IncomingMessage) => void) {
    const url = new URL(options.url ?? request.url());
    const headers = { ...request.headers(), ...(options.headers ?? {}) };
    // Documents come unencoded, so that init scripts can go in.
    if ((headers.accept ?? '').includes('text/html')) headers['accept-encoding'] = 'identity';
    const body = options.postData !== undefined ? Buffer.from(options.postData) : request.postDataBuffer();
    if (body) headers['content-length'] = String(body.length);
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(url.port || 80),
        path: url.pathname + url.search,
        method: options.method ?? request.method(),
        headers,
      },
      answered,
    );
    upstream.end(body ?? undefined);
    return upstream;
  }

  private forward(request: WkRequest, options: ContinueOptions, res: ServerResponse, report: boolean): void {
    const upstream = this.upstream(request, options, (answer) => {
      const status = answer.statusCode ?? 502;
      const headers = { ...answer.headers } as Record<string, string | string[]>;
      for (const name of HOP) delete headers[name];
      const type = String(headers['content-type'] ?? '');
      if (type.includes('text/html') && !headers['content-encoding'] && this.initScripts.length) {
        void collect(answer).then((body) => this.answer(request, status, headers, body, res, report));
        answer.on('error', () => res.destroy());
        return;
      }
      const whole = collect(answer);
      res.writeHead(status, headers);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
      res.on('close', () => answer.destroy());
      if (report) this.responded(new WkResponse(request, status, answer.headers, whole));
    });
    upstream.on('error', () => {
      request.settle(null);
      if (report) this.events.requestfailed(request);
      res.destroy();
    });
  }

  /** Writes a whole answer, with the init scripts at the top of an HTML document. */
  private answer(
    request: WkRequest,
    status: number,
    headers: Record<string, string | string[]>,
    body: Buffer,
    res: ServerResponse,
    report = true,
  ): void {
    let bytes = body;
    const type = String(headers['content-type'] ?? '');
    if (type.includes('text/html') && this.initScripts.length) {
      const scripts = this.initScripts.map((source) => `${source}\n;document.currentScript.remove();`);
      const csp = headers['content-security-policy'];
      if (csp) headers['content-security-policy'] = allowScripts(String(csp), scripts);
      const html = body.toString('utf8');
      const at = /^\s*<!doctype[^>]*>/i.exec(html)?.[0].length ?? 0;
      const tags = scripts.map((source) => `<script>${source}</script>`).join('');
      bytes = Buffer.from(html.slice(0, at) + tags + html.slice(at));
    }
    delete headers['transfer-encoding'];
    headers['content-length'] = String(bytes.length);
    try {
      res.writeHead(status, headers).end(bytes);
    } catch {
      res.destroy();
    }
    if (report) this.responded(new WkResponse(request, status, headers, Promise.resolve(bytes)));
  }

  private responded(response: WkResponse): void {
    response.request().settle(response);
    this.events.response(response);
  }
}

/** The whole body of an answer, once it ended (read alongside anything else reading it). */
function collect(answer: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  answer.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((ready) => answer.on('end', () => ready(Buffer.concat(chunks))));
}

/** The CORS answer Playwright gives the preflight of a routed request. */
function preflightAnswer(headers: Record<string, string>): Record<string, string> {
  return {
    'access-control-allow-origin': headers.origin ?? '*',
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': headers['access-control-request-method'] ?? '*',
    'access-control-allow-headers': headers['access-control-request-headers'] ?? '*',
    'access-control-max-age': '0',
    vary: 'Origin',
  };
}

/** A CSP that also lets the injected scripts run: their hashes join the policy's script sources. */
function allowScripts(policy: string, scripts: string[]): string {
  const hashes = scripts.map((source) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`);
  const directives = policy.split(';').map((part) => part.trim());
  const name = directives.some((part) => /^script-src(\s|$)/i.test(part)) ? 'script-src' : 'default-src';
  return directives
    .map((part) => {
      if (!new RegExp(`^${name}(\\s|$)`, 'i').test(part)) return part;
      // 'unsafe-inline' with no nonce or hash already lets them run; a hash would switch it off.
      if (/'unsafe-inline'/.test(part) && !/'(nonce|sha\d+)-/.test(part)) return part;
      return `${part} ${hashes.join(' ')}`;
    })
    .join('; ');
}

export type { IncomingHttpHeaders };
