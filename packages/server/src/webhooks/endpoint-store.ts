import type { WebhookEventType } from '@rujuk/protocol';
import type { Queryable } from '../db/database.js';
import type { PageRequest } from '../store/page.js';
import type { EndpointRow } from './endpoint-rows.js';

const COLUMNS =
  'seq, id, url, secret, events, description, source, disabled_at, disabled_reason, failing_since, created_at';

/** An endpoint to store. */
export interface NewEndpoint {
  id: string;
  url: string;
  secret: string;
  events: WebhookEventType[];
  description: string | null;
  source: 'config' | 'api';
}

/** Stores an endpoint created through the API. */
export async function insertEndpoint(db: Queryable, endpoint: NewEndpoint): Promise<EndpointRow> {
  const rows = await db.query<EndpointRow>(
    `INSERT INTO webhook_endpoints (id, url, secret, events, description, source)
     VALUES ($1, $2, $3, $4::text[], $5, $6) RETURNING ${COLUMNS}`,
    [endpoint.id, endpoint.url, endpoint.secret, endpoint.events, endpoint.description, endpoint.source],
  );
  return rows[0]!;
}

/**
 * Makes the stored config endpoints match the program config: new ones are added, changed ones
 * updated (a disabled one stays disabled until re-enabled), and ones no longer listed deleted.
 */
export async function syncConfigEndpoints(db: Queryable, endpoints: NewEndpoint[]): Promise<void> {
  for (const endpoint of endpoints) {
    await db.query(
      `INSERT INTO webhook_endpoints (id, url, secret, events, description, source)
       VALUES ($1, $2, $3, $4::text[], $5, 'config')
       ON CONFLICT (id) DO UPDATE SET url = $2, secret = $3, events = $4::text[], description = $5,
         source = 'config', deleted_at = NULL`,
      [endpoint.id, endpoint.url, endpoint.secret, endpoint.events, endpoint.description],
    );
  }
  await db.query(
    `UPDATE webhook_endpoints SET deleted_at = now()
     WHERE source = 'config' AND deleted_at IS NULL AND NOT (id = ANY($1::text[]))`,
    [endpoints.map((endpoint) => endpoint.id)],
  );
}

/** A live (not deleted) endpoint by id. */
export async function endpointById(db: Queryable, id: string): Promise<EndpointRow | null> {
  const rows = await db.query<EndpointRow>(
    `SELECT ${COLUMNS} FROM webhook_endpoints WHERE id = $1 AND deleted_at IS NULL`,
    [id],
  );
  return rows[0] ?? null;
}

/** A page of live endpoints, oldest first. */
export async function listEndpoints(db: Queryable, page: PageRequest): Promise<EndpointRow[]> {
  return db.query<EndpointRow>(
    `SELECT ${COLUMNS} FROM webhook_endpoints WHERE deleted_at IS NULL AND seq > $1 ORDER BY seq LIMIT $2`,
    [page.after, page.limit + 1],
  );
}

/** The fields of an endpoint an update may change; `undefined` keeps a field. */
export interface EndpointChanges {
  url?: string | undefined;
  events?: WebhookEventType[] | undefined;
  description?: string | null | undefined;
  enabled?: boolean | undefined;
}

/** Changes an endpoint; enabling clears why it was disabled and its failure streak. */
export async function updateEndpoint(db: Queryable, id: string, changes: EndpointChanges): Promise<EndpointRow | null> {
  const rows = await db.query<EndpointRow>(
    `UPDATE webhook_endpoints SET
       url = COALESCE($2, url),
       events = COALESCE($3::text[], events),
       description = CASE WHEN $4 THEN $5 ELSE description END,
       disabled_at = CASE WHEN $6::boolean IS NULL THEN disabled_at WHEN $6 THEN NULL ELSE COALESCE(disabled_at, now()) END,
       disabled_reason = CASE WHEN $6::boolean IS NULL THEN disabled_reason WHEN $6 THEN NULL
         ELSE COALESCE(disabled_reason, 'disabled through the API') END,
       failing_since = CASE WHEN $6 THEN NULL ELSE failing_since END
     WHERE id = $1 AND deleted_at IS NULL RETURNING ${COLUMNS}`,
    [
      id,
      changes.url ?? null,
      changes.events ?? null,
      changes.description !== undefined,
      changes.description ?? null,
      changes.enabled ?? null,
    ],
  );
  return rows[0] ?? null;
}

/** Deletes an endpoint: it receives nothing more, its pending deliveries stop, its history stays. */
export async function deleteEndpoint(db: Queryable, id: string): Promise<boolean> {
  // Deliveries first, then the endpoint: the order in which a finishing attempt locks them
  // (markDelivered, markFailed), so a delete racing an attempt waits for it instead of deadlocking.
  await db.query(
    `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL
     WHERE endpoint_id = $1 AND status = 'pending'
       AND EXISTS (SELECT 1 FROM webhook_endpoints WHERE id = $1 AND deleted_at IS NULL)`,
    [id],
  );
  const rows = await db.query(
    'UPDATE webhook_endpoints SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING id',
    [id],
  );
  return rows.length > 0;
}
