import { RujukError } from '../errors/rujuk-error.js';
import { type GroupName, groupNames } from './group-names.js';

/** Options of `runConformance`. */
export interface ConformanceOptions {
  /**
   * Base URL of the backend; `/v1/...` is appended.
   * @example 'http://127.0.0.1:8787'
   */
  baseUrl: string;
  /** The program's publishable key (`pk_…`). */
  publishableKey: string;
  /** The program's secret key (`sk_…`); the suite sends it only in `Authorization` headers. */
  secretKey: string;
  /**
   * An origin on the program's allowed origins, used for browser-like calls and the CORS checks.
   * @default 'http://127.0.0.1:5173'
   */
  origin?: string;
  /**
   * A pattern with a leading `*.` label on the program's allowed origins; when given, the CORS
   * checks prove it admits one label in place of the `*` and refuses two.
   * @default undefined (those checks are skipped)
   * @example 'https://*.shop.example'
   */
  wildcardOrigin?: string | undefined;
  /**
   * Runs the optional `webhooks` group: the suite receives the backend's webhooks on a local
   * receiver (`http://127.0.0.1:<free port>`), so the backend must be able to reach this machine.
   * `true` takes the defaults, which fit the protocol's default retry schedule (first retry after 5 s).
   * @default undefined (the group is skipped)
   * @example { failures: 3, retryWithinMs: 2000 } // a backend configured with a short retry schedule
   */
  webhooks?: boolean | WebhookCheckOptions | undefined;
  /**
   * Run only these groups.
   * @default every group (`webhooks` only with the `webhooks` option)
   * @example ['clicks', 'cors']
   */
  only?: GroupName[];
  /**
   * Receives one line per check and the closing summary line.
   * @default console.log
   */
  log?: (line: string) => void;
  /**
   * How long one HTTP call may take, in milliseconds.
   * @default 10000
   */
  timeoutMs?: number;
}

/** What the `webhooks` group asks of the backend's retries. */
export interface WebhookCheckOptions {
  /**
   * How many attempts in a row the receiver answers `500` before it answers `204`; each must be retried.
   * @default 1
   */
  failures?: number;
  /**
   * Milliseconds within which the backend sends each retry after a failed attempt, and each event
   * after the change that caused it.
   * @default 10000 (the protocol's first retry comes after 5 s ± 20 %)
   */
  retryWithinMs?: number;
}

/** `ConformanceOptions` with defaults applied and values checked. */
export type ResolvedOptions = Required<Omit<ConformanceOptions, 'wildcardOrigin' | 'webhooks'>> & {
  wildcardOrigin: string | null;
  webhooks: Required<WebhookCheckOptions> | null;
};

const WILDCARD_ORIGIN = /^https?:\/\/\*\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::(?:\d{1,5}|\*))?$/;

function fail(message: string): never {
  throw new RujukError('invalid_option', message);
}

function httpUrl(value: unknown, name: string): string {
  if (typeof value !== 'string' || !URL.canParse(value)) fail(`${name} must be an absolute URL, got ${String(value)}.`);
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`${name} must be an http(s) URL, got ${value}.`);
  return value;
}

function resolveWebhookChecks(value: ConformanceOptions['webhooks']): Required<WebhookCheckOptions> | null {
  if (value === undefined || value === false) return null;
  const { failures = 1, retryWithinMs = 10_000 } = value === true ? {} : value;
  if (!Number.isInteger(failures) || failures < 1 || failures > 10) {
    fail(`webhooks.failures (--webhook-failures) must be an integer from 1 to 10, got ${failures}.`);
  }
  if (!Number.isInteger(retryWithinMs) || retryWithinMs <= 0) {
    fail(`webhooks.retryWithinMs (--webhook-retry-within) must be a positive integer, got ${retryWithinMs}.`);
  }
  return { failures, retryWithinMs };
}

/** Applies defaults and validates options in one place; throws a `RujukError` saying what to fix. */
export function resolveOptions(options: ConformanceOptions): ResolvedOptions {
  const baseUrl = httpUrl(options.baseUrl, 'baseUrl (--base-url)');
  if (typeof options.publishableKey !== 'string' || !options.publishableKey.startsWith('pk_')) {
    fail('publishableKey (--publishable-key) must be the program’s publishable key, starting with pk_.');
  }
  if (typeof options.secretKey !== 'string' || !options.secretKey.startsWith('sk_')) {
    fail('secretKey (--secret-key) must be the program’s secret key, starting with sk_.');
  }
  const origin = new URL(httpUrl(options.origin ?? 'http://127.0.0.1:5173', 'origin (--origin)')).origin;
  const wildcardOrigin = options.wildcardOrigin ?? null;
  if (wildcardOrigin !== null && !WILDCARD_ORIGIN.test(wildcardOrigin)) {
    fail(`wildcardOrigin (--wildcard-origin) must look like https://*.shop.example, got ${wildcardOrigin}.`);
  }
  const webhooks = resolveWebhookChecks(options.webhooks);
  const only = options.only ?? groupNames.filter((name) => name !== 'webhooks' || webhooks !== null);
  if (only.includes('webhooks') && webhooks === null) {
    fail('the webhooks group needs the webhooks option (--webhooks): the backend must deliver to this machine.');
  }
  const unknown = only.filter((name) => !groupNames.includes(name));
  if (unknown.length > 0 || only.length === 0) {
    fail(`only (--only) takes group names among ${groupNames.join(', ')}; got ${only.join(', ') || 'none'}.`);
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) fail(`timeoutMs must be a positive integer, got ${timeoutMs}.`);
  return {
    baseUrl,
    publishableKey: options.publishableKey,
    secretKey: options.secretKey,
    origin,
    wildcardOrigin,
    webhooks,
    only,
    log: options.log ?? ((line) => console.log(line)),
    timeoutMs,
  };
}
