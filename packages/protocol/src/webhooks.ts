import type { Page, Timestamp } from './common.js';
import type { Conversion } from './conversions.js';
import type { Participant, RewardGrant } from './participants.js';
import type { Tier } from './program.js';

/** The events a backend sends to webhook endpoints. */
export type WebhookEventType =
  | 'participant.created'
  | 'conversion.created'
  | 'conversion.approved'
  | 'conversion.refunded'
  | 'reward.earned'
  | 'reward.reversed'
  | 'reward.fulfilled'
  | 'tier.reached';

/** Every webhook event type, in the order the docs list them: for validating and subscribing to all. */
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

/** The reward events' `data`: the reward and who receives it (`null` for a friend who has not joined). */
export interface RewardEventData {
  reward: RewardGrant;
  /** The receiver, with email; `null` when the reward goes to a friend who is not a participant yet. */
  participant: Participant | null;
  /** The friend's email when the receiver is a friend who has not joined yet, else `null`. */
  customerEmail: string | null;
}

/** The `data` of each webhook event type. */
export interface WebhookEventData {
  'participant.created': { participant: Participant };
  'conversion.created': { conversion: Conversion };
  'conversion.approved': { conversion: Conversion };
  'conversion.refunded': { conversion: Conversion; reversed: RewardGrant[] };
  'reward.earned': RewardEventData;
  'reward.reversed': RewardEventData;
  'reward.fulfilled': RewardEventData;
  'tier.reached': { participant: Participant; tier: Tier; reward: RewardGrant };
}

/**
 * A webhook payload as the Standard Webhooks specification shapes it; the `webhook-id` header
 * carries the event id, the same for every attempt and every replay.
 */
export type WebhookEvent = {
  [T in WebhookEventType]: { type: T; timestamp: Timestamp; data: WebhookEventData[T] };
}[WebhookEventType];

/** A webhook endpoint: where events are sent and which. */
export interface WebhookEndpoint {
  id: string;
  url: string;
  events: WebhookEventType[];
  description: string | null;
  /** `config` for endpoints listed in the program configuration, `api` for endpoints created through the API. */
  source: 'config' | 'api';
  /** `false` once the endpoint failed for the whole retry schedule; re-enable it with `PATCH`. */
  enabled: boolean;
  /** Why the endpoint was disabled, or `null`. */
  disabledReason: string | null;
  createdAt: Timestamp;
}

/** `POST /v1/webhook-endpoints` body. */
export interface WebhookEndpointRequest {
  /** An absolute http(s) URL. */
  url: string;
  /** At least one event type. */
  events: WebhookEventType[];
  description?: string;
}

/** Answer to `POST /v1/webhook-endpoints`: the endpoint and its signing secret, shown only here. */
export interface WebhookEndpointCreated {
  endpoint: WebhookEndpoint;
  /** `whsec_` + base64 of 32 random bytes; sign checks with it (Standard Webhooks). */
  secret: string;
}

/** `PATCH /v1/webhook-endpoints/{id}` body: any of the fields; `enabled: true` resumes a disabled endpoint. */
export interface WebhookEndpointUpdate {
  url?: string;
  events?: WebhookEventType[];
  description?: string | null;
  enabled?: boolean;
}

/** One try at delivering an event to an endpoint. */
export interface WebhookAttempt {
  startedAt: Timestamp;
  /** The endpoint's HTTP status, or `null` when no answer came (refused, timed out). */
  status: number | null;
  latencyMs: number;
  /** What went wrong, e.g. `HTTP 500` or `timed out after 15000 ms`; `null` on success. */
  error: string | null;
}

/** An event on its way to one endpoint. */
export interface WebhookDelivery {
  id: string;
  /** The event id, sent as `webhook-id`. */
  eventId: string;
  eventType: WebhookEventType;
  endpointId: string;
  /** `pending` while attempts remain, `delivered` after a 2xx answer, `failed` once the schedule ran out. */
  status: 'pending' | 'delivered' | 'failed';
  /** When the next attempt is due, while `pending`. */
  nextAttemptAt: Timestamp | null;
  attempts: WebhookAttempt[];
  payload: WebhookEvent;
  createdAt: Timestamp;
}

/** Query of `GET /v1/webhook-deliveries`. */
export interface WebhookDeliveryQuery {
  endpointId?: string;
  eventId?: string;
  status?: WebhookDelivery['status'];
  limit?: number;
  cursor?: string;
}

/** `GET /v1/webhook-endpoints` answer. */
export type WebhookEndpointPage = Page<WebhookEndpoint>;
/** `GET /v1/webhook-deliveries` answer. */
export type WebhookDeliveryPage = Page<WebhookDelivery>;
