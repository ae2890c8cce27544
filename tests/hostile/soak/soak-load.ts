import { randomBytes } from 'node:crypto';
import type { RestartableBackend } from './restartable-backend.js';

/** One event of the soak, sent until the backend acknowledges it. */
export interface SoakEvent {
  kind: 'click' | 'join' | 'conversion';
  /** The click id, email or idempotency key the record is found by. */
  id: string;
  path: string;
  body: Record<string, unknown>;
  /** Browser events carry the publishable key and an Origin; server confirmations the secret key. */
  caller: 'browser' | 'server';
  /** HTTP status of the answer that ended it (0: never acknowledged). */
  status: number;
  attempts: number;
}

/** Options of {@link runSoak}. */
export interface SoakOptions {
  seconds: number;
  /** Events started per second, whatever the backend does. */
  perSecond: number;
  /** When the restart begins, as a share of the run. @default 0.5 */
  restartAt?: number;
  /** How long the backend stays down. @default 3000 */
  downMs?: number;
  /** The referral codes clicks and conversions name. */
  codes: string[];
}

/** What the load did. */
export interface SoakRun {
  events: SoakEvent[];
  restartedAfterMs: number;
  elapsedMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const id = (prefix: string) => `${prefix}_${randomBytes(9).toString('base64url')}`;
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** Sends an event with the same body until a 2xx or a final 4xx, backing off like the snippet does. */
async function deliver(backend: RestartableBackend, event: SoakEvent, deadline: number): Promise<void> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (event.caller === 'server') headers.authorization = `Bearer ${backend.keys.secretKey}`;
  else
    Object.assign(headers, { authorization: `Bearer ${backend.keys.publishableKey}`, origin: 'http://shop.test:8080' });
  while (Date.now() < deadline) {
    event.attempts++;
    try {
      const response = await fetch(`${backend.url}${event.path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(event.body),
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      const retry = response.status >= 500 || response.status === 429 || response.status === 408;
      if (!retry) {
        event.status = response.status;
        return;
      }
    } catch {
      // Refused or reset while the backend restarts: the same body goes again.
    }
    await sleep(Math.min(2000, 100 * 2 ** Math.min(event.attempts, 5)) * (0.5 + Math.random() / 2));
  }
}

/** A new event of a random kind: 60 % clicks, 10 % joins, 30 % conversions (a quarter confirmed by the shop's server). */
function nextEvent(codes: string[], clicks: string[]): SoakEvent {
  const roll = Math.random();
  const base = { status: 0, attempts: 0 };
  if (roll < 0.6) {
    const clickId = id('soak');
    clicks.push(clickId);
    const body = {
      code: pick(codes),
      clickId,
      url: `http://shop.test:8080/?ref=x&n=${clickId}`,
      utm: { source: 'soak' },
    };
    return { ...base, kind: 'click', id: clickId, path: '/v1/clicks', body, caller: 'browser' };
  }
  if (roll < 0.7) {
    const email = `${id('join').toLowerCase()}@soak.example`;
    const body = { email, name: 'Soak Friend', referredBy: pick(codes) };
    return { ...base, kind: 'join', id: email, path: '/v1/participants', body, caller: 'browser' };
  }
  const key = id('order');
  const body = {
    event: 'purchase',
    idempotencyKey: key,
    orderId: key,
    amount: 100 + Math.floor(Math.random() * 10_000),
    currency: 'USD',
    referral: clicks.length > 0 ? { code: pick(codes), clickId: pick(clicks) } : { code: pick(codes) },
    customer: { email: `${key.toLowerCase()}@buyer.example` },
  };
  const caller = Math.random() < 0.25 ? 'server' : 'browser';
  return { ...base, kind: 'conversion', id: key, path: '/v1/conversions', body, caller };
}

/**
 * Starts events at a fixed rate for `seconds`, restarts the backend once in the middle, and waits
 * for every event to be acknowledged (or for a minute after the end, when it counts as lost).
 */
export async function runSoak(backend: RestartableBackend, options: SoakOptions): Promise<SoakRun> {
  const { seconds, perSecond, restartAt = 0.5, downMs = 3000, codes } = options;
  const start = Date.now();
  const total = Math.round(seconds * perSecond);
  const deadline = start + seconds * 1000 + 60_000;
  const events: SoakEvent[] = [];
  const deliveries: Promise<void>[] = [];
  const clicks: string[] = [];
  const restartedAfterMs = seconds * 1000 * restartAt;
  const restart = sleep(restartedAfterMs).then(() => backend.restart(downMs));
  for (let n = 0; n < total; n++) {
    await sleep(start + (n * 1000) / perSecond - Date.now());
    const event = nextEvent(codes, clicks);
    events.push(event);
    deliveries.push(deliver(backend, event, deadline));
  }
  await restart;
  await Promise.all(deliveries);
  return { events, restartedAfterMs, elapsedMs: Date.now() - start };
}
