import type { FileSource } from '../files/file-source.js';

/** Options of {@link createFirstParty}: where the backend is, and the snippet's own settings, repeated. */
export interface FirstPartyOptions {
  /**
   * The Rujuk backend's base URL, without `/v1`.
   * @example 'https://rujuk.internal:8787'
   */
  apiUrl: string;
  /**
   * The path under which the scripts and the protocol are served on the site's origin.
   * @default '/_rujuk'
   */
  path?: string;
  /**
   * The secret key, used only from the server to report a landing's click (never forwarded for a
   * visitor). Either key works for clicks; without one, a landing is left to the snippet.
   */
  secretKey?: string;
  /** The publishable key (`data-key`), used to report a landing's click when no secret key is given. */
  publishableKey?: string;
  /**
   * Where the script files come from: sources tried in order (see `filesFromUrl`, `filesFromRecord`,
   * and `filesFromPackages` in `@rujuk/first-party/node`, the default of the Node adapters).
   * @default [] in the core (no files), the installed packages in the Node adapters
   */
  files?: FileSource | FileSource[];
  /**
   * How long a proxied protocol call may take before the visitor gets a `backend_timeout` problem.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * How long a landing waits for its click to be recorded before leaving it to the snippet.
   * @default 2000
   */
  clickTimeoutMs?: number;
  /** The URL parameters that carry a code, as the script tag's `data-params`. @default 'ref,via' */
  params?: string | string[];
  /** The cookie's lifetime in days, as `data-cookie-days` (at most 400). @default 90 */
  cookieDays?: number;
  /** The cookie's domain, as `data-cookie-domain`. @default the registrable domain of the request's host */
  cookieDomain?: string;
  /** Which referral wins, as `data-attribution`. @default 'last' */
  attribution?: 'first' | 'last';
  /**
   * As `data-consent`: with `required`, the server sets nothing on a landing and leaves it to the
   * page's `rujuk('consent', true)`; it then keeps the stored cookie fresh.
   * @default 'granted'
   */
  consent?: 'granted' | 'required';
}

/** Validated settings of a first-party handler. */
export interface Settings {
  apiUrl: string;
  /** Without a trailing slash, e.g. `/_rujuk`. */
  path: string;
  clickKey: string | undefined;
  files: FileSource[];
  timeoutMs: number;
  clickTimeoutMs: number;
  params: string[];
  maxAge: number;
  cookieDomain: string | undefined;
  first: boolean;
  required: boolean;
}

/** Thrown at start-up for options that cannot work, naming the option and what to do. */
export class FirstPartyOptionsError extends Error {
  override name = 'FirstPartyOptionsError';
}

const list = (value: string | string[]): string[] =>
  (Array.isArray(value) ? value : value.split(',')).map((name) => name.trim().toLowerCase()).filter(Boolean);

/** Validates options once, at start-up, with the snippet's defaults (`parseOptions` in the attribution package). */
export function parseOptions(options: FirstPartyOptions): Settings {
  let api: URL;
  try {
    api = new URL(options.apiUrl);
  } catch {
    throw new FirstPartyOptionsError(
      `apiUrl must be an absolute URL such as https://rujuk.internal:8787, got ${JSON.stringify(options.apiUrl)}.`,
    );
  }
  const path = '/' + (options.path ?? '/_rujuk').replace(/^\/+|\/+$/g, '');
  if (path === '/' || !/^(\/[\w.~-]+)+$/.test(path)) {
    throw new FirstPartyOptionsError(
      `path must be a path of its own such as /_rujuk, got ${JSON.stringify(options.path)}.`,
    );
  }
  if (options.secretKey !== undefined && !options.secretKey.startsWith('sk_')) {
    throw new FirstPartyOptionsError(
      'secretKey must be the secret key (sk_…); the publishable key goes in publishableKey.',
    );
  }
  const days = Number(options.cookieDays ?? 90);
  return {
    apiUrl: api.href.replace(/\/+$/, ''),
    path,
    clickKey: options.secretKey ?? options.publishableKey,
    files: options.files === undefined ? [] : [options.files].flat(),
    timeoutMs: options.timeoutMs ?? 10_000,
    clickTimeoutMs: options.clickTimeoutMs ?? 2_000,
    params: list(options.params ?? 'ref,via'),
    // Browsers cap cookie lifetimes at 400 days (RFC 6265bis); a bad number means the default, as in the snippet.
    maxAge: (days > 0 ? Math.min(days, 400) : 90) * 86_400,
    cookieDomain: options.cookieDomain || undefined,
    first: options.attribution === 'first',
    required: options.consent === 'required',
  };
}
