import type { WebhookEventData, WebhookEventType } from '@rujuk/protocol';
import type { Queryable } from '../db/database.js';
import { newId } from '../ids/random.js';

/**
 * Writes an event to the outbox, with one pending delivery per enabled endpoint that subscribed to
 * its type. Call it inside the transaction of the change it tells about: the event then exists
 * exactly when that change committed, and the dispatcher sends it from there.
 */
export async function emitEvent<T extends WebhookEventType>(
  tx: Queryable,
  type: T,
  data: WebhookEventData[T],
): Promise<void> {
  const id = newId('msg');
  const payload = { type, timestamp: new Date().toISOString(), data };
  await tx.query('INSERT INTO webhook_events (id, type, payload) VALUES ($1, $2, $3::jsonb)', [
    id,
    type,
    JSON.stringify(payload),
  ]);
  await tx.query(
    `INSERT INTO webhook_deliveries (id, event_id, endpoint_id, status, next_attempt_at)
     SELECT 'whd_' || replace(gen_random_uuid()::text, '-', ''), $1, id, 'pending', now()
     FROM webhook_endpoints
     WHERE disabled_at IS NULL AND deleted_at IS NULL AND $2 = ANY(events)`,
    [id, type],
  );
}
