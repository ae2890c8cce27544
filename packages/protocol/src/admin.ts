import type { Click } from './clicks.js';
import type { Page } from './common.js';
import type { Conversion } from './conversions.js';
import type { Participant } from './participants.js';

/** Query of `GET /v1/participants` (secret key). */
export interface ParticipantQuery {
  email?: string;
  code?: string;
  limit?: number;
  cursor?: string;
}

/** Query of `GET /v1/clicks` (secret key). */
export interface ClickQuery {
  code?: string;
  clickId?: string;
  limit?: number;
  cursor?: string;
}

/** Query of `GET /v1/conversions` (secret key). */
export interface ConversionQuery {
  orderId?: string;
  idempotencyKey?: string;
  referrerCode?: string;
  status?: Conversion['status'];
  limit?: number;
  cursor?: string;
}

/** `GET /v1/participants` answer. */
export type ParticipantPage = Page<Participant>;
/** `GET /v1/clicks` answer. */
export type ClickPage = Page<Click>;
/** `GET /v1/conversions` answer. */
export type ConversionPage = Page<Conversion>;
