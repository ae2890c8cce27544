import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@rujuk/protocol';

export { WEBHOOK_EVENT_TYPES };

/** Tells a known event type apart from any other text. */
export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === 'string' && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
