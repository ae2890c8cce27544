/** How a call authenticates. */
export type CallAuth =
  /** `Authorization: Bearer pk_…` */
  | 'publishable'
  /** `?key=pk_…` */
  | 'publishable-query'
  /** `Authorization: Bearer sk_…` */
  | 'secret'
  | 'none'
  /** Any literal `Authorization` header value. */
  | { authorization: string }
  /** Any literal `?key=` value. */
  | { queryKey: string };

/** One HTTP call of a check. */
export interface Call {
  method?: string;
  path: string;
  query?: Record<string, string | number | undefined>;
  /** @default 'publishable' */
  auth?: CallAuth;
  /** Serialised as JSON unless `raw` is given. */
  body?: unknown;
  /** A body sent byte for byte. */
  raw?: string;
  /** @default 'application/json' when there is a body */
  contentType?: string;
  /** `Origin` header; publishable calls default to the configured origin, other calls send none. `null` sends none. */
  origin?: string | null;
  headers?: Record<string, string>;
}

/** The answer to a call, body parsed when it is JSON. */
export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
  /** `METHOD /path` for failure messages. */
  label: string;
}

/** Where and as whom the suite talks. */
export interface ClientSettings {
  baseUrl: string;
  publishableKey: string;
  secretKey: string;
  origin: string;
  /** An allowed-origin pattern with a leading `*.` label, for the CORS checks; `null` skips them. */
  wildcardOrigin?: string | null;
  /** What the webhooks group may expect of the backend's retries; `null` when it does not run. */
  webhooks?: { failures: number; retryWithinMs: number } | null;
  timeoutMs: number;
}

// A desktop browser user agent, so backends that flag bot user agents judge the suite as a person.
const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** A thin `fetch` wrapper that builds protocol calls and never throws on HTTP error statuses. */
export interface HttpClient {
  call(call: Call): Promise<Reply>;
  settings: ClientSettings;
}

/** Creates the HTTP client the checks share. */
export function createHttpClient(settings: ClientSettings): HttpClient {
  async function call(input: Call): Promise<Reply> {
    const method = input.method ?? (input.body !== undefined || input.raw !== undefined ? 'POST' : 'GET');
    const auth = input.auth ?? 'publishable';
    const url = new URL(input.path, settings.baseUrl.endsWith('/') ? settings.baseUrl : `${settings.baseUrl}/`);
    for (const [name, value] of Object.entries(input.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { 'user-agent': BROWSER_UA, accept: 'application/json' };
    if (auth === 'publishable') headers.authorization = `Bearer ${settings.publishableKey}`;
    else if (auth === 'secret') headers.authorization = `Bearer ${settings.secretKey}`;
    else if (auth === 'publishable-query') url.searchParams.set('key', settings.publishableKey);
    else if (typeof auth === 'object' && 'authorization' in auth) headers.authorization = auth.authorization;
    else if (typeof auth === 'object' && 'queryKey' in auth) url.searchParams.set('key', auth.queryKey);
    const isPublishable = auth === 'publishable' || auth === 'publishable-query';
    const origin = input.origin === undefined ? (isPublishable ? settings.origin : null) : input.origin;
    if (origin) headers.origin = origin;
    let body: string | undefined;
    if (input.raw !== undefined || input.body !== undefined) {
      body = input.raw ?? JSON.stringify(input.body);
      headers['content-type'] = input.contentType ?? 'application/json';
    }
    Object.assign(headers, input.headers);
    const label = `${method} ${url.pathname}${url.search.replace(/key=[^&]+/, 'key=…')}`;
    const response = await fetch(url, {
      method,
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json, label };
  }
  return { call, settings };
}
