import { LOG_PREFIX } from '@rujuk/contract';
import type { Database } from '../db/database.js';
import { randomBase62 } from '../ids/random.js';
import { json } from '../store/rows.js';
import {
  type ClaimedDelivery,
  claimDue,
  markDelivered,
  markFailed,
  markRetry,
  recordAttempt,
  releaseLease,
} from './delivery-store.js';
import { retryDelay } from './retry-schedule.js';
import { sendAttempt } from './send-attempt.js';
import type { ResolvedWebhookOptions } from './webhook-options.js';

/** Sends due webhook deliveries from the outbox, alongside any other server on the same database. */
export interface WebhookDispatcher {
  /** Starts polling for due deliveries. */
  start(): void;
  /** Looks for due deliveries now, e.g. right after a request committed an event. */
  wake(): void;
  /** Stops: attempts in flight are aborted and handed back undelivered, for the next server to send. */
  close(): Promise<void>;
}

function log(message: string): void {
  process.stderr.write(`${LOG_PREFIX} ${message}\n`);
}

/** Builds the dispatcher of one server; nothing is sent until `start()`. */
export function createDispatcher(db: Database, options: ResolvedWebhookOptions): WebhookDispatcher {
  const stopping = new AbortController();
  const inFlight = new Set<Promise<void>>();
  // An attempt can take the whole timeout; the margin covers recording it before the lease runs out.
  const leaseMs = options.timeoutMs + 30_000;
  let started = false;
  let polling = false;
  let again = false;
  let timer: ReturnType<typeof setInterval> | undefined;

  async function deliver(delivery: ClaimedDelivery, leaseId: string): Promise<void> {
    let outcome: Awaited<ReturnType<typeof sendAttempt>>;
    try {
      outcome = await sendAttempt({
        url: delivery.url,
        secret: delivery.secret,
        eventId: delivery.event_id,
        body: JSON.stringify(json(delivery.payload)),
        timeoutMs: options.timeoutMs,
        signal: stopping.signal,
      });
    } catch {
      await releaseLease(db, delivery, leaseId);
      return;
    }
    await db.transaction(async (tx) => {
      await recordAttempt(tx, delivery, outcome);
      if (outcome.error === null) return markDelivered(tx, delivery, leaseId);
      const delay = retryDelay(options.retrySchedule, delivery.tries + 1);
      if (delay !== null) return markRetry(tx, delivery, leaseId, delay, outcome.startedAt);
      const disabled = await markFailed(tx, delivery, leaseId, outcome.startedAt);
      if (disabled) log(`webhook endpoint ${delivery.endpoint_id} (${delivery.url}) disabled: ${disabled}.`);
    });
  }

  async function poll(): Promise<void> {
    if (polling) {
      again = true;
      return;
    }
    polling = true;
    try {
      do {
        again = false;
        const free = options.concurrency - inFlight.size;
        if (free <= 0 || stopping.signal.aborted) break;
        const leaseId = randomBase62(16);
        const claimed = await claimDue(db, leaseId, leaseMs, free);
        for (const delivery of claimed) {
          const running: Promise<void> = deliver(delivery, leaseId)
            .catch((error) => log(`webhook delivery ${delivery.id} failed to record: ${String(error)}`))
            .finally(() => {
              inFlight.delete(running);
              if (!stopping.signal.aborted) void poll();
            });
          inFlight.add(running);
        }
        if (claimed.length === free) again = true;
      } while (again);
    } catch (error) {
      if (!stopping.signal.aborted) log(`looking for due webhook deliveries failed: ${String(error)}`);
    } finally {
      polling = false;
    }
  }

  let closing: Promise<void> | undefined;
  return {
    start() {
      if (started || stopping.signal.aborted) return;
      started = true;
      timer = setInterval(() => void poll(), options.pollIntervalMs);
      timer.unref();
      void poll();
    },
    wake() {
      if (started && !stopping.signal.aborted) setImmediate(() => void poll());
    },
    close() {
      closing ??= (async () => {
        clearInterval(timer);
        stopping.abort();
        while (polling || inFlight.size > 0) {
          await Promise.allSettled([...inFlight]);
          if (polling) await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      return closing;
    },
  };
}
