export type {
  ClickPage,
  ClickQuery,
  ConversionPage,
  ConversionQuery,
  ParticipantPage,
  ParticipantQuery,
} from './admin.js';
export type { Click, ClickRequest, ClickResponse } from './clicks.js';
export type { FlagReason, Money, Page, Timestamp, Utm } from './common.js';
export type {
  Conversion,
  ConversionRequest,
  ConversionResponse,
  ConversionStatus,
  ReferralRef,
  RefundResponse,
} from './conversions.js';
export type { AuthLevel, Endpoints, OperationName } from './endpoints.js';
export type { Leaderboard, LeaderboardEntry } from './leaderboard.js';
export type {
  JoinRequest,
  JoinResponse,
  Participant,
  ParticipantView,
  RewardGrant,
  Stats,
  TierProgress,
} from './participants.js';
export type { PreflightName, Preflights } from './preflights.js';
export type { ErrorCode, FieldError, Problem } from './problem.js';
export type { Program, Reward, ShareChannel, ShareSettings, Tier, Variant } from './program.js';
export type { Fulfilment, FulfilRequest, FulfilResponse } from './rewards.js';
export type {
  RewardEventData,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
  WebhookEndpoint,
  WebhookEndpointCreated,
  WebhookEndpointPage,
  WebhookEndpointRequest,
  WebhookEndpointUpdate,
  WebhookEvent,
  WebhookEventData,
  WebhookEventType,
} from './webhooks.js';
export { WEBHOOK_EVENT_TYPES } from './webhooks.js';
