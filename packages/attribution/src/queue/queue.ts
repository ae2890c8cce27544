import { guard } from '@rujuk/contract';
import type { JoinResponse } from '@rujuk/protocol';
import { getCookie, setCookie } from '../cookie/cookie.js';
import { S } from '../core/state.js';
import { emit } from '../events/emit.js';
import { fail } from '../events/report.js';
import { joined } from '../join/joined.js';
import { beacon, post } from '../net/post.js';
import { readLocal, writeLocal } from '../storage/local-store.js';
import { backoff } from './backoff.js';

/**
 * A request waiting for the backend's acknowledgement: a conversion (it has an `event`), a join (an
 * `idempotencyKey` without `event`) or a click. A plain object, never an array: pages with
 * Prototype.js's `Array.prototype.toJSON` would store an array as a string.
 */
export type Entry = { event?: string; idempotencyKey?: string; [field: string]: unknown };

/** The endpoint of an entry, and the name its events and errors go by. */
const kindOf = (entry: Entry): [path: string, name: string] =>
  entry.event ? ['conversions', 'convert'] : entry.idempotencyKey ? ['participants', 'join'] : ['clicks', 'click'];

/** The localStorage key of the queue, shared by every tab and page of the origin. */
export const QUEUE_KEY = 'rujuk_queue';

/** Pending entries by key (click id or idempotency key); mirrored to localStorage when allowed. */
export let queue: Record<string, Entry> = {};
const inflight: Record<string, unknown> = {};
const waiters: Record<string, [(value: unknown) => void, (error: unknown) => void][]> = {};
let failures = 0;
// Whether memory holds what must outlive the page: a conversion, or a click whose send failed.
let persist: unknown;
let timer: unknown;

/**
 * Name of the cookie that says `rujuk_queue` holds entries, so a page without any never reads
 * storage. Cookies are shared by every port and scheme of a host, storage is not: the name holds both.
 */
export const queueFlag = (): string => 'rujuk_q_' + location.protocol.slice(0, -1) + location.port;
let stored: boolean | undefined;

/**
 * Whether storage may hold entries: the flag cookie, as this page first saw it, or this page's own
 * writes. The first `localStorage` read of a page costs a few milliseconds; a cookie read that
 * capture makes anyway does not.
 */
export const hasStored = (): boolean => (stored ??= !!getCookie(queueFlag()));

/**
 * Merges the stored queue (entries of other tabs and earlier pages) into memory, forgets `done`,
 * and writes the result back, always in that order so tabs never erase each other's entries.
 * Without storage or consent the queue simply lives in memory. An entry another tab already
 * finished may come back this way; it is sent again and the backend, which dedupes on the key,
 * answers `duplicate`.
 */
export const sync = (done?: string): void => {
  delete queue[done!];
  if (S._ok && (hasStored() || persist)) {
    try {
      queue = { ...JSON.parse(readLocal(QUEUE_KEY)!), ...queue };
    } catch {}
    delete queue[done!];
    // Storage is the page's too: an entry Rujuk did not write would stop every flush after it.
    for (const key in queue) if (Object(queue[key]) !== queue[key]) delete queue[key];
    const any = !!Object.keys(queue)[0];
    // An empty queue leaves no key behind, and no flag.
    if (writeLocal(QUEUE_KEY, any ? JSON.stringify(queue) : null) && any != stored) {
      stored = any;
      // 400 days, the longest a browser keeps a cookie.
      setCookie(queueFlag(), any ? '1' : '', any ? 3456e4 : 0);
    }
  }
};

/**
 * Queues an entry. With `now` (conversions, joins) it is written to storage *before* it is sent, at
 * once; otherwise (clicks) it waits in memory for the next flush, in idle time after load, or for
 * the beacon if the page goes away first, and is stored only once a send has failed. Resolves with
 * the backend's answer once acknowledged; rejects on a permanent failure.
 */
export const enqueue = (key: string, entry: Entry, now?: boolean): Promise<unknown> => {
  queue[key] = entry;
  const promise = new Promise((resolve, reject) => (waiters[key] ||= []).push([resolve, reject]));
  // Callers may ignore the promise; failures are reported through `rujuk:error` anyway.
  promise.catch(() => {});
  // Stored at once; sent at once unless a retry is waiting (backoff, `Retry-After`) for the backend.
  if (now) (persist = 1), resume();
  return promise;
};

// Ends an entry: removed from memory and storage, its callers resolved (0) or rejected (1).
const finish = (key: string, result: unknown, failed: 0 | 1): void => {
  sync(key);
  for (const waiter of waiters[key] || []) waiter[failed](result);
  delete waiters[key];
  // `sync` merged what other tabs stored meanwhile; unless a retry waits, it goes now, or it would
  // sit in storage until some page's next flush.
  timer || flush();
};

/**
 * Sends every pending entry not already in flight. A 2xx or a final 4xx ends an entry; network
 * errors, timeouts, 408, 429 and 5xx schedule a retry with backoff. Without consent only joins are sent.
 */
export const flush = (): void => {
  for (const [key, body] of Object.entries(queue)) {
    const [path, name] = kindOf(body);
    // Without consent only a join goes: it carries just what the person typed and asked to send.
    if (S._ok || name == 'join')
      inflight[key] ||= post(path, body).then(([status, json, retryAfter]) => {
        delete inflight[key];
        if (status > 199 && status < 300) {
          failures = 0;
          name == 'join' ? joined(json as unknown as JoinResponse) : emit(name, json);
          return finish(key, json, 0);
        }
        if (status && status < 500 && status != 408 && status != 429) {
          // `[rujuk]` written out, not `LOG_PREFIX`: brotli packs the repeated literal 4 B smaller than the constant's uses (measured).
          const error = fail('' + json.code, '[rujuk] ' + name + ': ' + (json.detail || status));
          // 401 and 403 are a key or origin misconfiguration the site owner can fix, so those
          // entries wait instead of being lost. Every other 4xx is final.
          if (status != 401 && status != 403) return finish(key, error, 1);
        }
        persist = 1;
        sync();
        timer ||= setTimeout(retryNow, backoff(++failures, retryAfter));
      });
  }
};

/**
 * Picks up stored entries and sends them at once (when a backoff elapsed, when the browser comes back online).
 * Guarded: it runs from timers and listeners, where a page that tampered with globals must see no error.
 */
export const retryNow = (): void =>
  guard(() => {
    // Back online during a backoff: the old timer must not fire into a `Retry-After` this attempt may get.
    clearTimeout(timer as number);
    timer = 0;
    sync();
    flush();
  });

/**
 * Picks up stored entries and sends them, unless a retry is already waiting out a backoff or a
 * `Retry-After`: then they are only stored, and go with it. For the page's own moments (after load,
 * on consent, on a new entry), never to cut short the wait the backend asked for.
 */
export const resume = (): void => (timer ? guard(sync) : retryNow());

/**
 * As the page goes away, hands every entry not in flight to `sendBeacon` and stores every entry
 * not yet acknowledged (a click too), so the next page of the origin sends it again: a beacon's
 * fate is unknown, and WebKit, when a visitor leaves before the load event, fires only
 * `beforeunload` and may drop what it sends then.
 */
export const flushBeacons = (): void =>
  guard(() => {
    if (S._ok)
      for (const [key, body] of Object.entries(queue)) inflight[key] || beacon(kindOf(body)[0], body), (persist = 1);
    // `sync` touches storage only when there is something to keep (or storage already holds entries).
    sync();
  });
