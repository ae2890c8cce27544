import type { WebhookEvent, WebhookEventType } from '../../webhooks.js';
import { type SchemaName, schemaErrors } from '../schema/document-schemas.js';

type Field = SchemaName | `${SchemaName}|null` | `${SchemaName}[]` | 'string|null';

// The protocol document describes each type's `data` in prose; these are its fields and their schemas.
const DATA_FIELDS: Record<WebhookEventType, Record<string, Field>> = {
  'participant.created': { participant: 'Participant' },
  'conversion.created': { conversion: 'Conversion' },
  'conversion.approved': { conversion: 'Conversion' },
  'conversion.refunded': { conversion: 'Conversion', reversed: 'RewardGrant[]' },
  'reward.earned': { reward: 'RewardGrant', participant: 'Participant|null', customerEmail: 'string|null' },
  'reward.reversed': { reward: 'RewardGrant', participant: 'Participant|null', customerEmail: 'string|null' },
  'reward.fulfilled': { reward: 'RewardGrant', participant: 'Participant|null', customerEmail: 'string|null' },
  'tier.reached': { participant: 'Participant', tier: 'Tier', reward: 'RewardGrant' },
};

function fieldErrors(value: unknown, field: Field, path: string): string[] {
  if (value === undefined) return [`${path}: is required`];
  if (field.endsWith('|null')) {
    if (value === null) return [];
    if (field === 'string|null') return typeof value === 'string' ? [] : [`${path}: must be a string or null`];
    return fieldErrors(value, field.slice(0, -'|null'.length) as Field, path);
  }
  if (field.endsWith('[]')) {
    if (!Array.isArray(value)) return [`${path}: must be an array`];
    return value.flatMap((item, index) => fieldErrors(item, field.slice(0, -2) as Field, `${path}/${index}`));
  }
  return schemaErrors(value, field as SchemaName).map((error) => `${path}${error}`);
}

/** Lists how a webhook body differs from `WebhookEvent` and its type's `data` schemas; empty when it conforms. */
export function payloadErrors(body: string): string[] {
  let event: WebhookEvent;
  try {
    event = JSON.parse(body) as WebhookEvent;
  } catch {
    return [`the body is not JSON: ${body.slice(0, 80)}`];
  }
  const errors = schemaErrors(event, 'WebhookEvent');
  if (errors.length > 0) return errors;
  const fields = DATA_FIELDS[event.type];
  const data = event.data as unknown as Record<string, unknown>;
  return Object.entries(fields).flatMap(([name, field]) => fieldErrors(data[name], field, `/data/${name}`));
}
