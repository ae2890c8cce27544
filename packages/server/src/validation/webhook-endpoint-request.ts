import { readEventTypes } from '../config/webhook-endpoints.js';
import type { EndpointChanges } from '../webhooks/endpoint-store.js';
import { FieldReader, isObject } from './fields.js';
import { readHttpUrl } from './fulfil-request.js';
import { assertValid } from './invalid.js';

/** A validated `POST /v1/webhook-endpoints` body. */
export interface EndpointInput {
  url: string;
  events: NonNullable<EndpointChanges['events']>;
  description: string | null;
}

/** Validates a new endpoint: an http(s) URL and at least one known event type. */
export function parseEndpointRequest(body: unknown): EndpointInput {
  const read = new FieldReader();
  const source = isObject(body) ? body : {};
  if (!isObject(body)) read.fail('', 'must be a JSON object with url and events');
  const url = readHttpUrl(read, source, 'url', '');
  if (source.url === undefined) read.fail('/url', 'is required');
  const events = readEventTypes(read, source, '');
  if (source.events === undefined) read.fail('/events', 'is required');
  const description = read.string(source, 'description', '', { max: 200 }) ?? null;
  assertValid(read.errors, 'webhook endpoint');
  return { url: url!, events: events!, description };
}

/** Validates a `PATCH /v1/webhook-endpoints/{id}` body: any of url, events, description, enabled. */
export function parseEndpointUpdate(body: unknown): EndpointChanges {
  const read = new FieldReader();
  const source = isObject(body) ? body : {};
  if (!isObject(body)) read.fail('', 'must be a JSON object with url, events, description or enabled');
  const changes: EndpointChanges = {
    url: readHttpUrl(read, source, 'url', ''),
    events: readEventTypes(read, source, ''),
    enabled: read.boolean(source, 'enabled', ''),
  };
  if ('description' in source)
    changes.description = read.string(source, 'description', '', { max: 200, nullable: true }) ?? null;
  assertValid(read.errors, 'webhook endpoint update');
  return changes;
}
