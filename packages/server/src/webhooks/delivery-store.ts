import type { WebhookEvent } from '@rujuk/protocol';
import type { Queryable } from '../db/database.js';
import type { PageRequest } from '../store/page.js';

/** A delivery claimed by this server, with what it takes to send it. */
export interface ClaimedDelivery {
  id: string;
  tries: number;
  event_id: string;
  endpoint_id: string;
  url: string;
  secret: string;
  payload: WebhookEvent | string;
}

/**
 * Leases up to `limit` due deliveries to this server. `FOR UPDATE SKIP LOCKED` lets servers sharing
 * a database claim at once without waiting on or taking each other's rows; the lease keeps a row
 * from being claimed again until it runs out, which happens only if this server dies mid-delivery.
 */
export async function claimDue(
  db: Queryable,
  leaseId: string,
  leaseMs: number,
  limit: number,
): Promise<ClaimedDelivery[]> {
  return db.query<ClaimedDelivery>(
    `WITH due AS (
       SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints p ON p.id = d.endpoint_id
       WHERE d.status = 'pending' AND d.next_attempt_at <= now()
         AND (d.lease_until IS NULL OR d.lease_until < now())
         AND p.disabled_at IS NULL AND p.deleted_at IS NULL
       ORDER BY d.next_attempt_at, d.seq LIMIT $3
       FOR UPDATE OF d SKIP LOCKED
     )
     UPDATE webhook_deliveries d
     SET lease_id = $1, lease_until = clock_timestamp() + make_interval(secs => $2::double precision / 1000)
     FROM due, webhook_events e, webhook_endpoints p
     WHERE d.id = due.id AND e.id = d.event_id AND p.id = d.endpoint_id
     RETURNING d.id, d.tries, d.event_id, d.endpoint_id, p.url, p.secret, e.payload`,
    [leaseId, leaseMs, limit],
  );
}

/** What one attempt came to. */
export interface AttemptResult {
  startedAt: Date;
  status: number | null;
  latencyMs: number;
  error: string | null;
}

/** Records one attempt of a delivery. */
export async function recordAttempt(db: Queryable, delivery: ClaimedDelivery, attempt: AttemptResult): Promise<void> {
  await db.query(
    'INSERT INTO webhook_attempts (delivery_id, started_at, status, latency_ms, error) VALUES ($1, $2, $3, $4, $5)',
    [delivery.id, attempt.startedAt, attempt.status, attempt.latencyMs, attempt.error],
  );
}

/** Marks a leased delivery delivered and ends its endpoint's failure streak. */
export async function markDelivered(db: Queryable, delivery: ClaimedDelivery, leaseId: string): Promise<void> {
  await db.query(
    `UPDATE webhook_deliveries SET status = 'delivered', tries = tries + 1, next_attempt_at = NULL,
       lease_id = NULL, lease_until = NULL
     WHERE id = $1 AND lease_id = $2`,
    [delivery.id, leaseId],
  );
  await db.query('UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1', [delivery.endpoint_id]);
}

/** Notes that an endpoint has been failing since `since`, unless it already was. */
async function noteFailing(db: Queryable, endpointId: string, since: Date): Promise<void> {
  await db.query('UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $2) WHERE id = $1', [
    endpointId,
    since,
  ]);
}

/** Schedules the next attempt of a leased delivery after `delayMs`, and notes the endpoint is failing. */
export async function markRetry(
  db: Queryable,
  delivery: ClaimedDelivery,
  leaseId: string,
  delayMs: number,
  attemptStartedAt: Date,
): Promise<void> {
  await db.query(
    `UPDATE webhook_deliveries SET tries = tries + 1,
       next_attempt_at = clock_timestamp() + make_interval(secs => $3::double precision / 1000),
       lease_id = NULL, lease_until = NULL
     WHERE id = $1 AND lease_id = $2`,
    [delivery.id, leaseId, delayMs],
  );
  await noteFailing(db, delivery.endpoint_id, attemptStartedAt);
}

/**
 * Gives a leased delivery up once its schedule is spent. When its endpoint has answered no attempt
 * with success since this round's first attempt, it has failed for the whole schedule and is
 * disabled; answers the reason when it was.
 */
export async function markFailed(
  db: Queryable,
  delivery: ClaimedDelivery,
  leaseId: string,
  attemptStartedAt: Date,
): Promise<string | null> {
  const updated = await db.query(
    `UPDATE webhook_deliveries SET status = 'failed', tries = tries + 1, next_attempt_at = NULL,
       lease_id = NULL, lease_until = NULL
     WHERE id = $1 AND lease_id = $2 RETURNING id`,
    [delivery.id, leaseId],
  );
  if (updated.length === 0) return null;
  await noteFailing(db, delivery.endpoint_id, attemptStartedAt);
  // This round made tries + 1 attempts, the last one just recorded: its first is `tries` rows back.
  const first = await db.query<{ started_at: Date }>(
    'SELECT started_at FROM webhook_attempts WHERE delivery_id = $1 ORDER BY seq DESC OFFSET $2 LIMIT 1',
    [delivery.id, delivery.tries],
  );
  const reason = `every attempt to deliver event ${delivery.event_id} failed for the whole retry schedule`;
  const disabled = await db.query(
    `UPDATE webhook_endpoints SET disabled_at = now(), disabled_reason = $2
     WHERE id = $1 AND disabled_at IS NULL AND failing_since <= $3 RETURNING id`,
    [delivery.endpoint_id, reason, first[0]?.started_at ?? attemptStartedAt],
  );
  return disabled.length > 0 ? reason : null;
}

/** Hands a leased delivery back untouched, so a server that is stopping leaves it due for the next one. */
export async function releaseLease(db: Queryable, delivery: ClaimedDelivery, leaseId: string): Promise<void> {
  await db.query('UPDATE webhook_deliveries SET lease_id = NULL, lease_until = NULL WHERE id = $1 AND lease_id = $2', [
    delivery.id,
    leaseId,
  ]);
}

/** A delivery with its event, as listed. */
export interface DeliveryRow {
  seq: number | string;
  id: string;
  event_id: string;
  event_type: string;
  endpoint_id: string;
  status: 'pending' | 'delivered' | 'failed';
  next_attempt_at: Date | null;
  payload: WebhookEvent | string;
  created_at: Date;
}

/** An attempt row. */
export interface AttemptRow {
  delivery_id: string;
  started_at: Date;
  status: number | null;
  latency_ms: number;
  error: string | null;
}

/** Filters of a delivery list; `undefined` means any. */
export interface DeliveryFilter {
  endpointId?: string | undefined;
  eventId?: string | undefined;
  status?: string | undefined;
}

const DELIVERY_SELECT = `SELECT d.seq, d.id, d.event_id, e.type AS event_type, d.endpoint_id, d.status,
  d.next_attempt_at, e.payload, d.created_at
  FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id`;

/** A page of deliveries, newest first. */
export async function listDeliveries(db: Queryable, filter: DeliveryFilter, page: PageRequest): Promise<DeliveryRow[]> {
  return db.query<DeliveryRow>(
    `${DELIVERY_SELECT}
     WHERE ($1::text IS NULL OR d.endpoint_id = $1) AND ($2::text IS NULL OR d.event_id = $2)
       AND ($3::text IS NULL OR d.status = $3) AND ($4 = 0 OR d.seq < $4)
     ORDER BY d.seq DESC LIMIT $5`,
    [filter.endpointId ?? null, filter.eventId ?? null, filter.status ?? null, page.after, page.limit + 1],
  );
}

/** One delivery by id. */
export async function deliveryById(db: Queryable, id: string): Promise<DeliveryRow | null> {
  const rows = await db.query<DeliveryRow>(`${DELIVERY_SELECT} WHERE d.id = $1`, [id]);
  return rows[0] ?? null;
}

/** The attempts of some deliveries, oldest first. */
export async function attemptsOf(db: Queryable, deliveryIds: string[]): Promise<AttemptRow[]> {
  if (deliveryIds.length === 0) return [];
  return db.query<AttemptRow>(
    `SELECT delivery_id, started_at, status, latency_ms, error FROM webhook_attempts
     WHERE delivery_id = ANY($1::text[]) ORDER BY seq`,
    [deliveryIds],
  );
}

/** Starts a new round for a delivery: due now, with the whole retry schedule ahead of it. */
export async function replayDelivery(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE webhook_deliveries SET status = 'pending', tries = 0, next_attempt_at = now(),
       round_started_at = now(), lease_id = NULL, lease_until = NULL
     WHERE id = $1 RETURNING id`,
    [id],
  );
  return rows.length > 0;
}
