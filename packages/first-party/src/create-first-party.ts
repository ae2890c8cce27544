import { createFileServer } from './files/serve-file.js';
import { type FirstPartyOptions, parseOptions } from './options/options.js';
import { problem } from './problem/problem.js';
import type { Visitor } from './proxy/forward-headers.js';
import { proxy } from './proxy/proxy.js';
import { referralCookies } from './referral/referral-cookies.js';

/** A first-party handler: one per app, made once at start-up. */
export interface FirstParty {
  /** The path it answers under, without a trailing slash, e.g. `/_rujuk`. */
  readonly path: string;
  /**
   * Answers a request under `path` (a script file, or a protocol call passed to the backend), and
   * `undefined` for any other request, which the app answers.
   */
  handle(request: Request, visitor?: Visitor): Promise<Response | undefined>;
  /**
   * Adds the referral cookie to a page the app answered: set on a landing with a referral
   * parameter (after its click is recorded), renewed on later pages. Other responses pass unchanged.
   */
  decorate(request: Request, response: Response, visitor?: Visitor): Promise<Response>;
  /** The `Set-Cookie` values {@link FirstParty.decorate} would add, for adapters that write headers themselves. */
  cookies(request: Request, visitor?: Visitor): Promise<string[]>;
}

/**
 * Makes Rujuk first-party on any runtime with web-standard `Request` and `Response` (Next.js,
 * Hono, Workers, Deno, Bun): serves the scripts and proxies the protocol under one path of the
 * site's own origin, and sets the referral cookie with `Set-Cookie`.
 * @example
 * const rujuk = createFirstParty({ apiUrl: 'https://rujuk.internal', publishableKey: 'pk_live_4f1c', files })
 * export default { fetch: async (request) => (await rujuk.handle(request)) ?? rujuk.decorate(request, await app(request)) }
 */
export function createFirstParty(options: FirstPartyOptions): FirstParty {
  const settings = parseOptions(options);
  const { path } = settings;
  const serveFile = createFileServer(settings.files);

  const cookies = (request: Request, visitor: Visitor = {}) => referralCookies(request, visitor, settings);

  return {
    path,
    async handle(request, visitor = {}) {
      const url = new URL(request.url);
      if (url.pathname !== path && !url.pathname.startsWith(`${path}/`)) return undefined;
      const rest = url.pathname.slice(path.length + 1);
      if (rest === 'v1' || rest.startsWith('v1/')) {
        return proxy(request, `${settings.apiUrl}/${rest}${url.search}`, visitor, settings.timeoutMs);
      }
      let name: string;
      try {
        name = decodeURIComponent(rest);
      } catch {
        return problem('not_found', `There is no Rujuk script at ${url.pathname}.`);
      }
      return serveFile(request, name);
    },
    async decorate(request, response, visitor = {}) {
      const values = await cookies(request, visitor);
      if (!values.length) return response;
      let decorated = response;
      try {
        for (const value of values) response.headers.append('set-cookie', value);
      } catch {
        // A `fetch` answer's headers are immutable: copy it into a response of our own.
        decorated = new Response(response.body, {
          status: response.status,
          statusText: response.statusText,
          headers: new Headers(response.headers),
        });
        for (const value of values) decorated.headers.append('set-cookie', value);
      }
      return decorated;
    },
    cookies,
  };
}
