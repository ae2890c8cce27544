import type { WebhookEndpoint, WebhookEventType } from '@rujuk/protocol';
import { iso } from '../store/rows.js';

/** A `webhook_endpoints` row. */
export interface EndpointRow {
  seq: number | string;
  id: string;
  url: string;
  secret: string;
  events: WebhookEventType[];
  description: string | null;
  source: 'config' | 'api';
  disabled_at: Date | null;
  disabled_reason: string | null;
  failing_since: Date | null;
  created_at: Date;
}

/** An endpoint as the protocol shows it; the secret never leaves the server after creation. */
export function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    source: row.source,
    enabled: row.disabled_at === null,
    disabledReason: row.disabled_reason,
    createdAt: iso(row.created_at),
  };
}
