import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from './webhooks.js';

const document = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));

test('WEBHOOK_EVENT_TYPES lists exactly the event types openapi.json documents, in its order', () => {
  expect([...WEBHOOK_EVENT_TYPES]).toEqual(document.components.schemas.WebhookEventType.enum);
});
