import type { WebhookEventType } from '@rujuk/protocol';

/** Every event type the server sends, in the order the docs list them. */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  'participant.created',
  'conversion.created',
  'conversion.approved',
  'conversion.refunded',
  'reward.earned',
  'reward.reversed',
  'reward.fulfilled',
  'tier.reached',
];

/** Tells a known event type apart from any other text. */
export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === 'string' && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
