import type { WebhookDelivery, WebhookEventType } from '@rujuk/protocol';
import { iso, json } from '../store/rows.js';
import type { AttemptRow, DeliveryRow } from './delivery-store.js';

/** A delivery as the protocol shows it, with its attempts oldest first. */
export function toDelivery(row: DeliveryRow, attempts: AttemptRow[]): WebhookDelivery {
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type as WebhookEventType,
    endpointId: row.endpoint_id,
    status: row.status,
    nextAttemptAt: row.status === 'pending' && row.next_attempt_at ? iso(row.next_attempt_at) : null,
    attempts: attempts
      .filter((attempt) => attempt.delivery_id === row.id)
      .map((attempt) => ({
        startedAt: iso(attempt.started_at),
        status: attempt.status,
        latencyMs: attempt.latency_ms,
        error: attempt.error,
      })),
    payload: json(row.payload),
    createdAt: iso(row.created_at),
  };
}
