import type { IncomingHttpHeaders } from 'node:http';

/** The part of Playwright's `Request` the tests read, for a request seen by the WebKit proxy. */
export class WkRequest {
  /** @internal Settles with the answer once it started, or null when the request failed. */
  readonly answered: Promise<WkResponse | null>;
  /** @internal */
  settle!: (response: WkResponse | null) => void;
  constructor(
    private readonly href: string,
    private readonly verb: string,
    private readonly head: Record<string, string>,
    private readonly body: Buffer,
  ) {
    this.answered = new Promise((done) => (this.settle = done));
  }
  /** The full URL. */
  url(): string {
    return this.href;
  }
  /** The HTTP method. */
  method(): string {
    return this.verb;
  }
  /** The request headers, lower-cased. */
  headers(): Record<string, string> {
    return { ...this.head };
  }
  /** The body as text, or null without one. */
  postData(): string | null {
    return this.body.length ? this.body.toString('utf8') : null;
  }
  /** The body as bytes, or null without one. */
  postDataBuffer(): Buffer | null {
    return this.body.length ? this.body : null;
  }
  /** The body parsed as JSON (or as a form), or null without one. */
  postDataJSON(): unknown {
    const text = this.postData();
    if (text === null) return null;
    if ((this.head['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
      return Object.fromEntries(new URLSearchParams(text));
    }
    return JSON.parse(text);
  }
  /** Whether this request loads a document (a navigation or a frame). */
  isNavigationRequest(): boolean {
    return this.verb === 'GET' && (this.head.accept ?? '').includes('text/html');
  }
  /** `document` for navigations, `other` for the rest (the proxy sees no more). */
  resourceType(): string {
    return this.isNavigationRequest() ? 'document' : 'other';
  }
  /** The answer, once it started. */
  response(): Promise<WkResponse | null> {
    return this.answered;
  }
}

/** The part of Playwright's `Response` the tests read. */
export class WkResponse {
  constructor(
    private readonly origin: WkRequest,
    private readonly code: number,
    private readonly head: IncomingHttpHeaders | Record<string, string>,
    private readonly whole: Promise<Buffer>,
  ) {}
  /** The URL of the request. */
  url(): string {
    return this.origin.url();
  }
  /** The request it answers. */
  request(): WkRequest {
    return this.origin;
  }
  /** The HTTP status. */
  status(): number {
    return this.code;
  }
  /** Whether the status is 2xx. */
  ok(): boolean {
    return this.code >= 200 && this.code < 300;
  }
  /** The response headers, lower-cased, multiple values joined. */
  headers(): Record<string, string> {
    return Object.fromEntries(
      Object.entries(this.head).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)]),
    );
  }
  /** The body, once it fully arrived. */
  body(): Promise<Buffer> {
    return this.whole;
  }
  /** The body as text. */
  async text(): Promise<string> {
    return (await this.whole).toString('utf8');
  }
  /** The body parsed as JSON. */
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

/** Playwright's URL matcher: a glob string (`**` any, `*` no slash), a RegExp or a predicate. */
export type UrlMatcher = string | RegExp | ((url: URL) => boolean);

/** Whether `url` matches `matcher` the way Playwright's `route` and `waitForURL` match. */
export function urlMatches(matcher: UrlMatcher, url: string): boolean {
  if (typeof matcher === 'function') return matcher(new URL(url));
  if (matcher instanceof RegExp) return matcher.test(url);
  if (!/[*{]/.test(matcher)) return matcher === url;
  let pattern = '';
  for (let i = 0; i < matcher.length; i++) {
    const char = matcher[i] as string;
    if (char === '*' && matcher[i + 1] === '*') {
      pattern += '.*';
      i++;
    } else if (char === '*') pattern += '[^/]*';
    else if (char === '{') pattern += '(';
    else if (char === '}') pattern += ')';
    else if (char === ',') pattern += '|';
    else pattern += char.replace(/[.+?^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`).test(url);
}
