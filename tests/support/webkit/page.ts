import { EventEmitter } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { setTimeout as pause } from 'node:timers/promises';
import type { WkContext } from './context.js';
import { WebDriverError } from './driver.js';
import { pressActions } from './keys.js';
import { type RoleOptions, WkLocator } from './locator.js';
import { type UrlMatcher, urlMatches, type WkRequest, type WkResponse } from './network.js';
import type { RouteEntry } from './proxy.js';
import { callBody, type InPageAnswer, inPageLibrary, inPageScript, type PageLog, unpack } from './script.js';

const DEFAULT_TIMEOUT = 30_000;
type PageFunction = string | ((...args: never[]) => unknown);
type LoadState = 'load' | 'domcontentloaded' | 'networkidle' | 'commit';

/** Playwright's `ConsoleMessage`, from what the page recorded. */
class ConsoleMessage {
  constructor(
    private readonly kind: string,
    private readonly words: string,
  ) {}
  type(): string {
    return this.kind;
  }
  text(): string {
    return this.words;
  }
}

/** Playwright's `Dialog`: WebKit's page already answered it as a dismissal when it is reported. */
class Dialog {
  constructor(
    private readonly kind: string,
    private readonly words: string,
  ) {}
  type(): string {
    return this.kind;
  }
  message(): string {
    return this.words;
  }
  async dismiss(): Promise<void> {}
  async accept(): Promise<void> {}
}

/** Playwright's `Page` for WebKit: one window of the context's WebDriver session. */
export class WkPage extends EventEmitter {
  private href = 'about:blank';
  private closed = false;
  private pointer = { x: 0, y: 0 };
  constructor(
    private readonly owner: WkContext,
    /** @internal The WebDriver window handle. */
    readonly handle: string,
  ) {
    super();
  }

  /** @internal Runs an async function body in the page (`args` in scope) and answers its result. */
  async runInPage<T>(body: string, args?: unknown): Promise<T> {
    if (this.closed) throw new Error('Target page, context or browser has been closed');
    const answer = JSON.parse(
      await this.owner.session.command<string>(this.handle, 'POST', '/execute/async', {
        script: inPageScript(body),
        args: [args ?? null],
      }),
    ) as InPageAnswer;
    if (answer.href) this.href = answer.href;
    this.report(answer.logs);
    return unpack(answer) as T;
  }

  private report(logs: PageLog[] = []): void {
    for (const log of logs) {
      if (log.kind === 'console') this.emit('console', new ConsoleMessage(log.type, log.text));
      else if (log.kind === 'pageerror') this.emit('pageerror', Object.assign(new Error(log.message), { stack: '' }));
      else this.emit('dialog', new Dialog(log.type, log.message));
    }
  }

  /** Collects what the page recorded so far (before it leaves its document). */
  private async collect(): Promise<void> {
    await this.runInPage('window[Symbol.for("rujuk.webkit.left")] = true;').catch(() => {});
  }

  context(): WkContext {
    return this.owner;
  }
  url(): string {
    return this.href;
  }
  isClosed(): boolean {
    return this.closed;
  }

  evaluate<R>(fn: PageFunction, ...rest: [arg?: unknown]): Promise<R> {
    return this.runInPage<R>(callBody(fn, rest.length > 0), rest[0]);
  }
  async evaluateHandle(fn: PageFunction, arg?: unknown) {
    const value = await this.evaluate(fn, arg);
    return { jsonValue: async () => value, dispose: async () => {} };
  }

  /** Polls `fn` until it answers something truthy; navigations in between are waited out. */
  async waitForFunction(fn: PageFunction, arg?: unknown, options: { timeout?: number; polling?: number | 'raf' } = {}) {
    const timeout = options.timeout || DEFAULT_TIMEOUT;
    const interval = typeof options.polling === 'number' ? options.polling : 50;
    const deadline = Date.now() + timeout;
    // A truthy answer that JSON cannot carry (a function) still ends the wait.
    const body = `const value = await (async () => { ${callBody(fn, arg !== undefined)} })(); return value ? { value } : false;`;
    while (true) {
      try {
        const answer = await this.runInPage<false | { value?: unknown }>(body, arg);
        if (answer) return { jsonValue: async () => answer.value, dispose: async () => {} };
      } catch (error) {
        // A page between two documents cannot run scripts yet; anything else is the function's own error.
        if (!(error instanceof WebDriverError)) throw error;
      }
      if (Date.now() > deadline) throw new Error(`page.waitForFunction: Timeout ${timeout}ms exceeded`);
      await pause(interval);
    }
  }

  /** Waits until the document that replaced the marked one reached `state`. */
  private async settle(state: LoadState, timeout: number, url?: string): Promise<WkResponse | null> {
    const deadline = Date.now() + timeout;
    if (state === 'commit') {
      const response = await this.owner.documentResponse(url ?? '', timeout);
      return response;
    }
    while (true) {
      const ready = await this.runInPage<[boolean, string]>(
        'return [!window[Symbol.for("rujuk.webkit.left")], document.readyState];',
      ).catch(() => [false, 'loading'] as [boolean, string]);
      const reached = ready[0] && (state === 'domcontentloaded' ? ready[1] !== 'loading' : ready[1] === 'complete');
      if (reached && (state !== 'networkidle' || (await this.owner.networkIdle(deadline)))) break;
      if (Date.now() > deadline) throw new Error(`page: Timeout ${timeout}ms exceeded waiting for ${state}`);
      await pause(30);
    }
    return this.owner.lastDocumentResponse(this.href);
  }

  async goto(url: string, options: { waitUntil?: LoadState; timeout?: number } = {}): Promise<WkResponse | null> {
    await this.collect();
    const target = new URL(url, this.href === 'about:blank' ? undefined : this.href).href;
    const navigation = this.owner.session.command(this.handle, 'POST', '/url', { url: target });
    await navigation;
    return this.settle(options.waitUntil ?? 'load', options.timeout || DEFAULT_TIMEOUT, target);
  }
  async reload(options: { waitUntil?: LoadState; timeout?: number } = {}): Promise<WkResponse | null> {
    await this.collect();
    await this.owner.session.command(this.handle, 'POST', '/refresh');
    return this.settle(options.waitUntil ?? 'load', options.timeout || DEFAULT_TIMEOUT, this.href);
  }
  async waitForLoadState(state: LoadState = 'load', options: { timeout?: number } = {}): Promise<void> {
    await this.settle(state, options.timeout || DEFAULT_TIMEOUT);
  }
  async waitForURL(matcher: UrlMatcher, options: { timeout?: number; waitUntil?: LoadState } = {}): Promise<void> {
    const timeout = options.timeout || DEFAULT_TIMEOUT;
    const deadline = Date.now() + timeout;
    while (true) {
      // The address of the document the page shows: WebDriver's own already names one still loading.
      const href = await this.runInPage<string>('return location.href;').catch(() => this.href);
      if (urlMatches(matcher, href)) break;
      if (Date.now() > deadline) throw new Error(`page.waitForURL: Timeout ${timeout}ms exceeded`);
      await pause(30);
    }
    await this.settle(options.waitUntil ?? 'load', Math.max(1, deadline - Date.now()));
  }
  async waitForTimeout(ms: number): Promise<void> {
    await pause(ms);
  }
  async title(): Promise<string> {
    return this.evaluate(() => document.title);
  }
  async content(): Promise<string> {
    return this.evaluate(
      () => (document.doctype ? `<!DOCTYPE ${document.doctype.name}>` : '') + document.documentElement.outerHTML,
    );
  }

  /** Waits for the next `event` that `predicate` accepts. */
  waitForEvent<T>(
    event: string,
    options: ((value: T) => unknown) | { predicate?: (value: T) => unknown; timeout?: number } = {},
  ): Promise<T> {
    const { predicate = () => true, timeout = DEFAULT_TIMEOUT } =
      typeof options === 'function' ? { predicate: options } : options;
    return new Promise((done, fail) => {
      const timer = setTimeout(() => {
        this.off(event, listener);
        fail(new Error(`page.waitForEvent: Timeout ${timeout}ms exceeded while waiting for event "${event}"`));
      }, timeout);
      const listener = async (value: T) => {
        if (!(await predicate(value))) return;
        clearTimeout(timer);
        this.off(event, listener);
        done(value);
      };
      this.on(event, listener);
    });
  }
  waitForResponse(matcher: UrlMatcher | ((response: WkResponse) => unknown), options: { timeout?: number } = {}) {
    const accept =
      typeof matcher === 'function' && matcher.length === 1 && !(matcher instanceof RegExp)
        ? (response: WkResponse) => (matcher as (response: WkResponse) => unknown)(response)
        : (response: WkResponse) => urlMatches(matcher as UrlMatcher, response.url());
    return this.waitForEvent<WkResponse>('response', { predicate: accept, timeout: options.timeout });
  }
  waitForRequest(matcher: UrlMatcher | ((request: WkRequest) => unknown), options: { timeout?: number } = {}) {
    const accept =
      typeof matcher === 'function'
        ? (request: WkRequest) => (matcher as (request: WkRequest) => unknown)(request)
        : (request: WkRequest) => urlMatches(matcher, request.url());
    return this.waitForEvent<WkRequest>('request', { predicate: accept, timeout: options.timeout });
  }

  async addInitScript(script: PageFunction | { content?: string; path?: string }, arg?: unknown): Promise<void> {
    await this.owner.addInitScript(script, arg);
  }
  async route(matcher: UrlMatcher, handler: RouteEntry['handler']): Promise<void> {
    await this.owner.route(matcher, handler);
  }
  async unroute(matcher: UrlMatcher, handler?: RouteEntry['handler']): Promise<void> {
    await this.owner.unroute(matcher, handler);
  }
  async addScriptTag(options: { content?: string; url?: string; path?: string }): Promise<void> {
    if (options.path) options = { content: await readFile(options.path, 'utf8') };
    await this.runInPage(
      `const s = document.createElement('script');
if (args.url) { s.src = args.url; await new Promise((ok, no) => { s.onload = ok; s.onerror = no; document.head.append(s); }); }
else { s.textContent = args.content; document.head.append(s); }`,
      options,
    );
  }

  locator(selector: string): WkLocator {
    return new WkLocator(this, [{ css: selector }]);
  }
  getByRole(role: string, options: RoleOptions = {}): WkLocator {
    return new WkLocator(this, []).getByRole(role, options);
  }
  getByLabel(label: string | RegExp, options: { exact?: boolean } = {}): WkLocator {
    return new WkLocator(this, []).getByLabel(label, options);
  }
  getByText(value: string | RegExp, options: { exact?: boolean } = {}): WkLocator {
    return new WkLocator(this, []).getByText(value, options);
  }
  click(selector: string, options: { timeout?: number } = {}): Promise<void> {
    return this.locator(selector).click(options);
  }
  fill(selector: string, value: string): Promise<void> {
    return this.locator(selector).fill(value);
  }
  getAttribute(selector: string, name: string): Promise<string | null> {
    return this.locator(selector).getAttribute(name);
  }
  textContent(selector: string): Promise<string | null> {
    return this.locator(selector).textContent();
  }
  inputValue(selector: string): Promise<string> {
    return this.locator(selector).inputValue();
  }
  isVisible(selector: string): Promise<boolean> {
    return this.locator(selector).isVisible();
  }
  async waitForSelector(
    selector: string,
    options: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {},
  ) {
    await this.locator(selector).waitFor(options);
    return this.locator(selector);
  }

  /** Sends WebDriver input actions to this window. */
  private async perform(actions: unknown[]): Promise<void> {
    await this.owner.session.command(this.handle, 'POST', '/actions', { actions });
    await this.owner.session.command(this.handle, 'DELETE', '/actions').catch(() => {});
  }
  readonly keyboard = {
    press: (chord: string) => this.perform([{ type: 'key', id: 'keyboard', actions: pressActions(chord) }]),
    type: (text: string) =>
      this.perform([
        {
          type: 'key',
          id: 'keyboard',
          actions: [...text].flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
        },
      ]),
    insertText: (text: string) => this.keyboard.type(text),
  };
  private pointerMove(x: number, y: number) {
    return { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) };
  }
  readonly mouse = {
    move: async (x: number, y: number) => {
      this.pointer = { x, y };
      await this.perform([
        { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [this.pointerMove(x, y)] },
      ]);
    },
    click: async (x: number, y: number) => {
      this.pointer = { x, y };
      await this.perform([
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [this.pointerMove(x, y), { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }],
        },
      ]);
    },
    /** WebKit's driver takes a wheel action and scrolls nothing, so the page plays the wheel (`in-page.js`). */
    wheel: async (deltaX: number, deltaY: number) => {
      await this.runInPage(`${inPageLibrary}.wheel(...args);`, [this.pointer.x, this.pointer.y, deltaX, deltaY]);
    },
  };

  async screenshot(options: { path?: string; fullPage?: boolean } = {}): Promise<Buffer> {
    const png = Buffer.from(await this.owner.session.command<string>(this.handle, 'GET', '/screenshot'), 'base64');
    if (options.path) await writeFile(options.path, png);
    return png;
  }
  async setViewportSize(size: { width: number; height: number }): Promise<void> {
    await this.owner.fitViewport(this, size);
  }
  async bringToFront(): Promise<void> {
    await this.owner.session.command(this.handle, 'GET', '/title');
  }

  /** Closes the window; the page's `beforeunload`, `pagehide` and `unload` run, as in a tab being closed. */
  async close(_options: { runBeforeUnload?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    await this.collect();
    await this.owner.closeWindow(this);
    this.closed = true;
    this.emit('close', this);
  }
}
