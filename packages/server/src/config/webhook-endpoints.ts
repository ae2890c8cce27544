import type { WebhookEventType } from '@rujuk/protocol';
import { type FieldReader, isObject, type JsonObject } from '../validation/fields.js';
import { readHttpUrl } from '../validation/fulfil-request.js';
import { isWebhookEventType, WEBHOOK_EVENT_TYPES } from '../webhooks/event-types.js';
import { WEBHOOK_SECRET_PATTERN } from '../webhooks/sign-payload.js';

/** A webhook endpoint listed in the program config. */
export interface WebhookEndpointInput {
  /** Stable id, 1–60 characters of `[A-Za-z0-9_-]`, e.g. `"shop"`. */
  id: string;
  url: string;
  /** `whsec_` + base64 of 24–64 random bytes. */
  secret: string;
  events: WebhookEventType[];
  description?: string;
}

/** A config endpoint after validation. */
export interface ConfigEndpoint {
  id: string;
  url: string;
  secret: string;
  events: WebhookEventType[];
  description: string | null;
}

/** Reads an `events` list: known types, at least one, each once. */
export function readEventTypes(read: FieldReader, source: JsonObject, path: string): WebhookEventType[] | undefined {
  const list = read.array(source, 'events', path);
  if (list === undefined) return undefined;
  const events: WebhookEventType[] = [];
  list.forEach((item, index) => {
    if (isWebhookEventType(item)) {
      if (!events.includes(item)) events.push(item);
    } else read.fail(`${path}/events/${index}`, `must be one of ${WEBHOOK_EVENT_TYPES.join(', ')}`);
  });
  if (list.length === 0) read.fail(`${path}/events`, 'must list at least one event type');
  return events;
}

/** Validates the config's `webhooks` list. */
export function readConfigEndpoints(read: FieldReader, input: JsonObject): ConfigEndpoint[] {
  const list = read.array(input, 'webhooks', '') ?? [];
  const out: ConfigEndpoint[] = [];
  const ids = new Set<string>();
  list.forEach((item, index) => {
    const path = `/webhooks/${index}`;
    if (!isObject(item)) {
      read.fail(path, 'must be an object with id, url, secret and events');
      return;
    }
    const id = read.string(item, 'id', path, { required: true, max: 60, pattern: /^[A-Za-z0-9_-]+$/ });
    if (id && ids.has(id)) read.fail(`${path}/id`, `duplicates the id "${id}" of another endpoint`);
    if (id) ids.add(id);
    const url = readHttpUrl(read, item, 'url', path);
    if (item.url === undefined) read.fail(`${path}/url`, 'is required');
    const secret = read.string(item, 'secret', path, {
      required: true,
      pattern: WEBHOOK_SECRET_PATTERN,
      hint: 'must be "whsec_" followed by base64 of 24 to 64 random bytes',
    });
    const events = readEventTypes(read, item, path);
    if (item.events === undefined) read.fail(`${path}/events`, 'is required');
    const description = read.string(item, 'description', path, { max: 200 }) ?? null;
    if (id && url && secret && events) out.push({ id, url, secret, events, description });
  });
  return out;
}
