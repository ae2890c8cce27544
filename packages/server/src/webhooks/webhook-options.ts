import { RujukError } from '../errors/rujuk-error.js';
import { DEFAULT_RETRY_SCHEDULE } from './retry-schedule.js';

/** How this server delivers webhooks. Every field is optional. */
export interface WebhookOptions {
  /**
   * Milliseconds to wait before each retry of a failed delivery; the last entry is the last retry.
   * @default [5000, 300000, 1800000, 7200000, 18000000, 36000000, 50400000, 72000000, 86400000] (about three days)
   * @example [50, 100, 200] // tests
   */
  retrySchedule?: number[];
  /** Milliseconds an endpoint has to answer an attempt. @default 15000 */
  timeoutMs?: number;
  /** Milliseconds between looks for due deliveries (new events are sent at once regardless). @default 1000 */
  pollIntervalMs?: number;
  /** Deliveries this server sends at the same time. @default 10 */
  concurrency?: number;
  /** `false`: this server writes events but leaves sending them to other servers on the same database. @default true */
  deliver?: boolean;
}

/** Webhook options with defaults applied. */
export type ResolvedWebhookOptions = Required<WebhookOptions>;

function fail(message: string): never {
  throw new RujukError('invalid_options', message);
}

function positiveInteger(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) fail(`webhooks.${name} must be a positive integer, got ${value}.`);
  return value;
}

/** Applies defaults to webhook options and checks them, naming the option that is wrong. */
export function resolveWebhookOptions(options: WebhookOptions = {}): ResolvedWebhookOptions {
  const schedule = options.retrySchedule ?? [...DEFAULT_RETRY_SCHEDULE];
  if (!Array.isArray(schedule) || schedule.some((ms) => !Number.isInteger(ms) || ms < 0)) {
    fail('webhooks.retrySchedule must be an array of non-negative integers (milliseconds).');
  }
  return {
    retrySchedule: schedule,
    timeoutMs: positiveInteger(options.timeoutMs, 'timeoutMs', 15_000),
    pollIntervalMs: positiveInteger(options.pollIntervalMs, 'pollIntervalMs', 1_000),
    concurrency: positiveInteger(options.concurrency, 'concurrency', 10),
    deliver: options.deliver ?? true,
  };
}
