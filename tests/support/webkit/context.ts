import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { setTimeout as pause } from 'node:timers/promises';
import { WebDriverSession } from './driver.js';
import type { UrlMatcher, WkRequest, WkResponse } from './network.js';
import { WkPage } from './page.js';
import { BLANK_PATH, InterceptingProxy, type ProxyEvents, type RouteEntry } from './proxy.js';
import { preamble } from './script.js';

/** What `browser.newContext` takes in WebKit. */
export interface WkContextOptions {
  userAgent?: string;
  viewport?: { width: number; height: number } | null;
  httpCredentials?: { username: string; password: string };
  extraHTTPHeaders?: Record<string, string>;
  offline?: boolean;
  reducedMotion?: 'reduce' | 'no-preference' | null;
}

/** A session started ahead, with its proxy, waiting to become a context. */
export interface Prepared {
  proxy: InterceptingProxy;
  session: WebDriverSession;
  relay: Partial<ProxyEvents>;
}

/** Playwright's `Cookie`. */
export interface WkCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
}
interface DriverCookie {
  name: string;
  value: string;
  domain?: string;
  path?: string;
  expiry?: number;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
}

/** Whether `cookie` is sent to `url` (domain and path rules of RFC 6265). */
function cookieFor(cookie: WkCookie, url: URL): boolean {
  const domain = cookie.domain.replace(/^\./, '');
  const domainOk = cookie.domain.startsWith('.')
    ? url.hostname === domain || url.hostname.endsWith(`.${domain}`)
    : url.hostname === domain;
  return domainOk && (url.pathname + '/').startsWith(cookie.path === '/' ? '/' : `${cookie.path}/`);
}

/**
 * Playwright's `BrowserContext` for WebKit: one WebDriver session (a fresh MiniBrowser with its own
 * cookies and storage) whose requests all go through an {@link InterceptingProxy}. Its pages are the
 * session's windows.
 */
export class WkContext extends EventEmitter {
  private readonly open: WkPage[] = [];
  private readonly userScripts: string[] = [];
  private firstWindowFree = true;
  private chrome: { width: number; height: number } | undefined;
  private readonly documents = new Map<string, WkResponse>();
  private closed = false;
  private constructor(
    /** @internal */ readonly session: WebDriverSession,
    private readonly proxy: InterceptingProxy,
    private readonly viewport: { width: number; height: number } | null,
    private readonly onClose: () => void,
  ) {
    super();
  }

  /** @internal Starts a proxy and a session behind it, not yet a context: {@link WkContext.from} makes one. */
  static async prepare(display: string, userAgent: string, env: Record<string, string> = {}): Promise<Prepared> {
    const relay: Partial<ProxyEvents> = {};
    const proxy = new InterceptingProxy({
      request: (request) => relay.request?.(request),
      response: (response) => relay.response?.(response),
      requestfailed: (request) => relay.requestfailed?.(request),
    });
    const address = await proxy.listen();
    try {
      const session = await WebDriverSession.start({ display, proxy: address, userAgent, env });
      return { proxy, session, relay };
    } catch (error) {
      await proxy.close();
      throw error;
    }
  }

  /** @internal A context on a prepared session. */
  static from(prepared: Prepared, options: WkContextOptions, onClose: () => void): WkContext {
    const { proxy, session, relay } = prepared;
    const viewport = options.viewport === undefined ? { width: 1280, height: 720 } : options.viewport;
    const context = new WkContext(session, proxy, viewport, onClose);
    relay.request = (request) => context.broadcast('request', request);
    relay.response = (response) => context.answered(response);
    relay.requestfailed = (request) => context.broadcast('requestfailed', request);
    if (options.httpCredentials) {
      const { username, password } = options.httpCredentials;
      proxy.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    proxy.offline = options.offline ?? false;
    context.injectScripts();
    return context;
  }

  private broadcast(event: string, value: unknown): void {
    this.emit(event, value);
    for (const page of this.open) page.emit(event, value);
  }
  private answered(response: WkResponse): void {
    if (response.request().isNavigationRequest()) this.documents.set(response.url().split('#')[0] ?? '', response);
    this.broadcast('response', response);
  }
  /** @internal The answer to the document request of `url`, once it started. */
  async documentResponse(url: string, timeout: number): Promise<WkResponse | null> {
    const key = url.split('#')[0] ?? '';
    const deadline = Date.now() + timeout;
    while (!this.documents.has(key)) {
      if (Date.now() > deadline) throw new Error(`page.goto: Timeout ${timeout}ms exceeded waiting for ${url}`);
      await pause(20);
    }
    return this.documents.get(key) ?? null;
  }
  /** @internal The last answer to a document request of `href`, if the proxy saw one. */
  lastDocumentResponse(href: string): WkResponse | null {
    return this.documents.get(href.split('#')[0] ?? '') ?? null;
  }
  /** @internal Whether no request was in flight for 500 ms, before `deadline`. */
  async networkIdle(deadline: number): Promise<boolean> {
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (this.proxy.inFlight > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= 500) return true;
      await pause(50);
    }
    return false;
  }

  private injectScripts(): void {
    this.proxy.initScripts = [preamble(this.proxy.offline), ...this.userScripts];
  }

  async newPage(): Promise<WkPage> {
    let handle: string;
    if (this.firstWindowFree) {
      this.firstWindowFree = false;
      handle = this.session.firstWindow;
    } else {
      // A window of its own rather than a tab: a page in a background tab would be hidden.
      handle = (await this.session.command<{ handle: string }>(undefined, 'POST', '/window/new', { type: 'window' }))
        .handle;
    }
    const page = new WkPage(this, handle);
    this.open.push(page);
    if (this.viewport) await this.fitViewport(page, this.viewport);
    this.emit('page', page);
    return page;
  }
  pages(): WkPage[] {
    return [...this.open];
  }

  /** @internal Sizes the window so that its viewport is `size`, measuring the window's chrome once. */
  async fitViewport(page: WkPage, size: { width: number; height: number }): Promise<void> {
    const setRect = (width: number, height: number) =>
      this.session.command(page.handle, 'POST', '/window/rect', { x: 0, y: 0, width, height });
    if (!this.chrome) {
      await setRect(size.width, size.height);
      const [width, height] = await page.evaluate<[number, number]>(() => [innerWidth, innerHeight]);
      this.chrome = { width: size.width - width, height: size.height - height };
    }
    await setRect(size.width + this.chrome.width, size.height + this.chrome.height);
  }

  /** @internal Closes a page's window; the last one is replaced by a blank one, since a session needs one. */
  async closeWindow(page: WkPage): Promise<void> {
    const index = this.open.indexOf(page);
    if (index >= 0) this.open.splice(index, 1);
    const handles = await this.session.command<string[]>(undefined, 'GET', '/window/handles').catch(() => []);
    if (handles.length <= 1) await this.session.command(undefined, 'POST', '/window/new', { type: 'window' });
    await this.session.command(page.handle, 'DELETE', '/window').catch(() => {});
    this.session.lostWindow(page.handle);
  }

  /** Waits for the next page of the context: one the test opens, or a window the page opened. */
  async waitForEvent<T>(
    event: string,
    options: { timeout?: number; predicate?: (value: T) => unknown } = {},
  ): Promise<T> {
    const timeout = options.timeout ?? 30_000;
    if (event !== 'page') {
      return new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`context.waitForEvent: Timeout ${timeout}ms exceeded`)), timeout);
        const listener = async (value: T) => {
          if (options.predicate && !(await options.predicate(value))) return;
          clearTimeout(timer);
          this.off(event, listener);
          done(value);
        };
        this.on(event, listener);
      });
    }
    const known = new Set(await this.session.command<string[]>(undefined, 'GET', '/window/handles'));
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      await pause(50);
      const handles = await this.session.command<string[]>(undefined, 'GET', '/window/handles');
      const fresh = handles.find((handle) => !known.has(handle));
      if (fresh) {
        const page = new WkPage(this, fresh);
        this.open.push(page);
        this.emit('page', page);
        return page as T;
      }
    }
    throw new Error(`context.waitForEvent: Timeout ${timeout}ms exceeded while waiting for event "page"`);
  }

  async addInitScript(script: string | ((arg: never) => unknown) | { content?: string; path?: string }, arg?: unknown) {
    let source: string;
    if (typeof script === 'function')
      source = `(${script.toString()})(${arg === undefined ? '' : JSON.stringify(arg)});`;
    else if (typeof script === 'string') source = script;
    else source = script.content ?? readFileSync(script.path ?? '', 'utf8');
    // Each runs on its own, as Playwright's do: one that throws does not stop the next.
    this.userScripts.push(`try { ${source}\n} catch (error) { setTimeout(() => { throw error; }); }`);
    this.injectScripts();
  }
  async route(matcher: UrlMatcher, handler: RouteEntry['handler']): Promise<void> {
    this.proxy.routes.push({ matcher, handler });
  }
  async unroute(matcher: UrlMatcher, handler?: RouteEntry['handler']): Promise<void> {
    for (let i = this.proxy.routes.length - 1; i >= 0; i--) {
      const route = this.proxy.routes[i];
      if (route && String(route.matcher) === String(matcher) && (!handler || route.handler === handler)) {
        this.proxy.routes.splice(i, 1);
      }
    }
  }
  async setExtraHTTPHeaders(headers: Record<string, string>): Promise<void> {
    if (headers.authorization) this.proxy.authorization = headers.authorization;
  }

  /** Cuts the network; pages hear `offline` and see `navigator.onLine` false, as in the other engines. */
  async setOffline(offline: boolean): Promise<void> {
    this.proxy.offline = offline;
    this.injectScripts();
    await Promise.all(
      this.open.map((page) =>
        page
          .runInPage(
            `const state = window[Symbol.for('rujuk.webkit')]; if (state && state.offline !== args) { state.offline = args; dispatchEvent(new Event(args ? 'offline' : 'online')); }`,
            offline,
          )
          .catch(() => {}),
      ),
    );
  }

  /** Runs `use` in a window at `origin` (a page of the context already there, or a blank one for the while). */
  private async atOrigin<T>(origin: string, use: (handle: string) => Promise<T>): Promise<T> {
    const there = this.open.find((page) => page.url().startsWith(`${origin}/`));
    if (there) return use(there.handle);
    const { handle } = await this.session.command<{ handle: string }>(undefined, 'POST', '/window/new', {
      type: 'window',
    });
    try {
      await this.session.command(handle, 'POST', '/url', { url: origin + BLANK_PATH });
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const state = await this.session
          .command<string>(handle, 'POST', '/execute/sync', {
            script: 'return location.pathname + document.readyState',
            args: [],
          })
          .catch(() => '');
        if (state === `${BLANK_PATH}complete`) break;
        await pause(20);
      }
      return await use(handle);
    } finally {
      await this.session.command(handle, 'DELETE', '/window').catch(() => {});
      this.session.lostWindow(handle);
    }
  }
  private async cookiesAt(handle: string): Promise<WkCookie[]> {
    const found = await this.session.command<DriverCookie[]>(handle, 'GET', '/cookie').catch(() => []);
    return found.map((cookie) => ({
      name: cookie.name,
      value: cookie.value,
      domain: cookie.domain ?? '',
      path: cookie.path ?? '/',
      expires: cookie.expiry ?? -1,
      httpOnly: cookie.httpOnly ?? false,
      secure: cookie.secure ?? false,
      sameSite: (cookie.sameSite as WkCookie['sameSite']) ?? 'Lax',
    }));
  }
  /**
   * The context's cookies: those of the pages' addresses, or of `urls`. WebDriver only reads the cookies
   * of the document a window shows, so an address no page shows is read from a blank page there.
   */
  async cookies(urls?: string | string[]): Promise<WkCookie[]> {
    const wanted = urls === undefined ? undefined : (Array.isArray(urls) ? urls : [urls]).map((url) => new URL(url));
    const lists = wanted
      ? await Promise.all(wanted.map((url) => this.atOrigin(url.origin, (handle) => this.cookiesAt(handle))))
      : await Promise.all(
          this.open.filter((page) => page.url().startsWith('http')).map((page) => this.cookiesAt(page.handle)),
        );
    const unique = new Map<string, WkCookie>();
    for (const cookie of lists.flat()) unique.set(`${cookie.name};${cookie.domain};${cookie.path}`, cookie);
    const all = [...unique.values()];
    return wanted ? all.filter((cookie) => wanted.some((url) => cookieFor(cookie, url))) : all;
  }
  async addCookies(cookies: Array<Partial<WkCookie> & { name: string; value: string; url?: string }>): Promise<void> {
    for (const cookie of cookies) {
      const url = new URL(cookie.url ?? `http://${(cookie.domain ?? '').replace(/^\./, '')}${cookie.path ?? '/'}`);
      if (cookie.value === '' && !cookie.httpOnly) {
        // WebKitWebDriver refuses an empty value ("Invalid cookie parameter") that a page can still write.
        const attributes = [`path=${cookie.path ?? '/'}`];
        if (cookie.domain) attributes.push(`domain=${cookie.domain}`);
        if (cookie.expires && cookie.expires > 0)
          attributes.push(`expires=${new Date(cookie.expires * 1000).toUTCString()}`);
        if (cookie.secure) attributes.push('secure');
        const text = [`${cookie.name}=`, ...attributes].join('; ');
        await this.atOrigin(url.origin, (handle) =>
          this.session.command(handle, 'POST', '/execute/sync', {
            script: 'document.cookie = arguments[0]',
            args: [text],
          }),
        );
        continue;
      }
      await this.atOrigin(url.origin, (handle) =>
        this.session.command(handle, 'POST', '/cookie', {
          cookie: {
            name: cookie.name,
            value: cookie.value,
            path: cookie.path ?? '/',
            ...(cookie.domain ? { domain: cookie.domain } : {}),
            ...(cookie.expires && cookie.expires > 0 ? { expiry: Math.floor(cookie.expires) } : {}),
            httpOnly: cookie.httpOnly ?? false,
            secure: cookie.secure ?? false,
          },
        }),
      );
    }
  }
  /** Deletes the cookies of every origin the context's requests went to. */
  async clearCookies(): Promise<void> {
    for (const origin of this.proxy.origins) {
      await this.atOrigin(origin, (handle) => this.session.command(handle, 'DELETE', '/cookie'));
    }
  }
  async grantPermissions(permissions: string[]): Promise<void> {
    throw new Error(`WebKit's WebDriver grants no permission (${permissions.join(', ')}); see tests/README.md`);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const page of [...this.open]) {
      page.emit('close', page);
    }
    this.open.length = 0;
    await this.session.close();
    await this.proxy.close();
    this.onClose();
    this.emit('close', this);
  }
}

export type { WkRequest };
