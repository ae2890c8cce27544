export type {
  Fulfilment,
  FulfilRequest,
  FulfilResponse,
  RewardEventData,
  WebhookEvent,
  WebhookEventData,
  WebhookEventType,
} from '@rujuk/protocol';
export type { RujukErrorCode, RujukErrorOptions } from '../errors/rujuk-error.js';
export { isRujukError, RujukError } from '../errors/rujuk-error.js';
export type { RequestOptions, RetryOption } from '../http/types.js';
export type { SignedIdentity } from '../session/create-session.js';
export { createServerClient } from './create-server-client.js';
export type { PurchaseInput, RujukServerClient, ServerClientOptions } from './types.js';
export type { VerifyWebhookOptions, WebhookHeaders } from './verify-webhook.js';
export { verifyWebhook } from './verify-webhook.js';
