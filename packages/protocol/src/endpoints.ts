import type {
  ClickPage,
  ClickQuery,
  ConversionPage,
  ConversionQuery,
  ParticipantPage,
  ParticipantQuery,
} from './admin.js';
import type { ClickRequest, ClickResponse } from './clicks.js';
import type { ConversionRequest, ConversionResponse, RefundResponse } from './conversions.js';
import type { Leaderboard } from './leaderboard.js';
import type { JoinRequest, JoinResponse, ParticipantView } from './participants.js';
import type { Program } from './program.js';
import type { FulfilRequest, FulfilResponse } from './rewards.js';
import type {
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
  WebhookEndpoint,
  WebhookEndpointCreated,
  WebhookEndpointPage,
  WebhookEndpointRequest,
  WebhookEndpointUpdate,
} from './webhooks.js';

/**
 * Who may call an endpoint:
 * - `publishable`: `Authorization: Bearer pk_…` or `?key=pk_…`, from an allowed origin.
 * - `participant`: a publishable key plus `X-Rujuk-Token: pt_…`, or `X-Rujuk-Email` + `X-Rujuk-Signature`.
 * - `secret`: `Authorization: Bearer sk_…`, from a server (never with an `Origin` header, never in the URL).
 */
export type AuthLevel = 'publishable' | 'participant' | 'secret';

/** Every operation of the protocol: method, path, auth, request and response types. */
export interface Endpoints {
  getProgram: { method: 'GET'; path: '/v1/program'; auth: 'publishable'; query: never; body: never; response: Program };
  trackClick: {
    method: 'POST';
    path: '/v1/clicks';
    auth: 'publishable';
    query: never;
    body: ClickRequest;
    response: ClickResponse;
  };
  join: {
    method: 'POST';
    path: '/v1/participants';
    auth: 'publishable';
    query: never;
    body: JoinRequest;
    response: JoinResponse;
  };
  getMe: {
    method: 'GET';
    path: '/v1/participants/me';
    auth: 'participant';
    query: never;
    body: never;
    response: ParticipantView;
  };
  reportConversion: {
    method: 'POST';
    path: '/v1/conversions';
    auth: 'publishable' | 'secret';
    query: never;
    body: ConversionRequest;
    response: ConversionResponse;
  };
  getLeaderboard: {
    method: 'GET';
    path: '/v1/leaderboard';
    auth: 'publishable';
    query: { limit?: number };
    body: never;
    response: Leaderboard;
  };
  listParticipants: {
    method: 'GET';
    path: '/v1/participants';
    auth: 'secret';
    query: ParticipantQuery;
    body: never;
    response: ParticipantPage;
  };
  getParticipant: {
    method: 'GET';
    path: '/v1/participants/{id}';
    auth: 'secret';
    query: never;
    body: never;
    response: ParticipantView;
  };
  listClicks: {
    method: 'GET';
    path: '/v1/clicks';
    auth: 'secret';
    query: ClickQuery;
    body: never;
    response: ClickPage;
  };
  listConversions: {
    method: 'GET';
    path: '/v1/conversions';
    auth: 'secret';
    query: ConversionQuery;
    body: never;
    response: ConversionPage;
  };
  approveConversion: {
    method: 'POST';
    path: '/v1/conversions/{id}/approve';
    auth: 'secret';
    query: never;
    body: never;
    response: ConversionResponse;
  };
  refundConversion: {
    method: 'POST';
    path: '/v1/conversions/{id}/refund';
    auth: 'secret';
    query: never;
    body: never;
    response: RefundResponse;
  };
  fulfilReward: {
    method: 'POST';
    path: '/v1/rewards/{id}/fulfil';
    auth: 'secret';
    query: never;
    body: FulfilRequest;
    response: FulfilResponse;
  };
  listWebhookEndpoints: {
    method: 'GET';
    path: '/v1/webhook-endpoints';
    auth: 'secret';
    query: { limit?: number; cursor?: string };
    body: never;
    response: WebhookEndpointPage;
  };
  createWebhookEndpoint: {
    method: 'POST';
    path: '/v1/webhook-endpoints';
    auth: 'secret';
    query: never;
    body: WebhookEndpointRequest;
    response: WebhookEndpointCreated;
  };
  getWebhookEndpoint: {
    method: 'GET';
    path: '/v1/webhook-endpoints/{id}';
    auth: 'secret';
    query: never;
    body: never;
    response: WebhookEndpoint;
  };
  updateWebhookEndpoint: {
    method: 'PATCH';
    path: '/v1/webhook-endpoints/{id}';
    auth: 'secret';
    query: never;
    body: WebhookEndpointUpdate;
    response: WebhookEndpoint;
  };
  deleteWebhookEndpoint: {
    method: 'DELETE';
    path: '/v1/webhook-endpoints/{id}';
    auth: 'secret';
    query: never;
    body: never;
    response: never;
  };
  listWebhookDeliveries: {
    method: 'GET';
    path: '/v1/webhook-deliveries';
    auth: 'secret';
    query: WebhookDeliveryQuery;
    body: never;
    response: WebhookDeliveryPage;
  };
  replayWebhookDelivery: {
    method: 'POST';
    path: '/v1/webhook-deliveries/{id}/replay';
    auth: 'secret';
    query: never;
    body: never;
    response: WebhookDelivery;
  };
}

/** The name of a protocol operation, e.g. `'trackClick'`. */
export type OperationName = keyof Endpoints;
