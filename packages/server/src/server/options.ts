import type { ProgramConfigInput } from '../config/types.js';
import { RujukError } from '../errors/rujuk-error.js';
import { parseTrustProxy, type TrustProxy } from '../http/client-address.js';
import type { WebhookOptions } from '../webhooks/webhook-options.js';

/** Options of {@link startServer}. Every field is optional. */
export interface StartServerOptions {
  /** TCP port; `0` picks a free one. @default 8787 */
  port?: number;
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string;
  /**
   * A `postgres://…` URL: store data in PostgreSQL instead of the embedded database.
   * @default process.env.DATABASE_URL
   */
  databaseUrl?: string;
  /** Directory of the embedded database; omitted means in memory (gone when the server stops). */
  dataDir?: string;
  /**
   * The program configuration: an object, or a path to a JSON file.
   * @default the built-in demo program
   */
  config?: ProgramConfigInput | string;
  /** The API keys to accept. @default the keys stored in the database, created on first start */
  keys?: { publishableKey: string; secretKey: string };
  /** Load demo participants, clicks and conversions (safe to repeat). @default false */
  seed?: boolean;
  /**
   * Per-IP limits: clicks over the limit are stored flagged `rate_limited`; joins over it get `429`.
   * `false` turns limiting off (tests, benchmarks).
   * @default { clicksPerMinute: 120, joinsPerMinute: 60 }
   */
  rateLimits?: false | { clicksPerMinute?: number; joinsPerMinute?: number };
  /** Print one line per request to stderr. @default false */
  logger?: boolean;
  /**
   * Believe `X-Forwarded-For` (or `Forwarded`) from proxies in front of the server, for rate
   * limits and fraud rules: a number of proxy hops, or the addresses and CIDR ranges of trusted
   * proxies. `false` uses the socket's peer address and ignores those headers.
   * @default process.env.RUJUK_TRUST_PROXY (same syntax as `--trust-proxy`), else false
   * @example 1
   * @example ['10.0.0.0/8', '::1']
   */
  trustProxy?: TrustProxy;
  /** How webhooks are delivered: retry schedule, timeout, polling. See `WebhookOptions`. */
  webhooks?: WebhookOptions;
}

/** Start options with defaults applied and values checked. */
export interface ResolvedOptions {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  config: ProgramConfigInput | string | undefined;
  keys: { publishableKey: string; secretKey: string } | undefined;
  seed: boolean;
  rateLimits: false | { clicksPerMinute: number; joinsPerMinute: number };
  logger: boolean;
  trustProxy: TrustProxy;
  webhooks: WebhookOptions | undefined;
}

function fail(message: string): never {
  throw new RujukError('invalid_options', message);
}

function positive(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) fail(`rateLimits.${name} must be a positive integer, got ${value}.`);
  return value;
}

function trustProxyOption(value: TrustProxy | undefined): TrustProxy {
  try {
    if (value === undefined) return parseTrustProxy(process.env.RUJUK_TRUST_PROXY ?? '');
    if (value === false) return false;
    if (typeof value === 'number') {
      if (!Number.isInteger(value) || value < 0) throw new TypeError(`${value} is not a whole number of hops.`);
      return value;
    }
    if (!Array.isArray(value)) throw new TypeError('it is neither a number nor a list.');
    return parseTrustProxy(value.join(','));
  } catch (error) {
    fail(
      `trustProxy (or RUJUK_TRUST_PROXY) must be false, a number of hops or a list of addresses and CIDR ranges: ${(error as Error).message}`,
    );
  }
}

/** Applies defaults to start options and checks them, naming the option that is wrong. */
export function resolveOptions(options: StartServerOptions = {}): ResolvedOptions {
  const port = options.port ?? 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`port must be an integer from 0 to 65535, got ${port}.`);
  const databaseUrl = options.databaseUrl ?? (process.env.DATABASE_URL || undefined);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    fail('databaseUrl must be a postgres:// or postgresql:// URL.');
  }
  const keys = options.keys;
  if (keys && (!/^pk_[A-Za-z0-9]{8,}$/.test(keys.publishableKey) || !/^sk_[A-Za-z0-9]{16,}$/.test(keys.secretKey))) {
    fail('keys must be { publishableKey: "pk_…", secretKey: "sk_…" } with base62 characters after the prefix.');
  }
  const limits = options.rateLimits;
  return {
    trustProxy: trustProxyOption(options.trustProxy),
    port,
    host: options.host ?? '127.0.0.1',
    databaseUrl,
    dataDir: options.dataDir,
    config: options.config,
    keys,
    seed: options.seed ?? false,
    rateLimits:
      limits === false
        ? false
        : {
            clicksPerMinute: positive(limits?.clicksPerMinute, 'clicksPerMinute', 120),
            joinsPerMinute: positive(limits?.joinsPerMinute, 'joinsPerMinute', 60),
          },
    logger: options.logger ?? false,
    webhooks: options.webhooks,
  };
}
