import type { FlagReason, Reward } from '@rujuk/protocol';

/** A `participants` row. */
export interface ParticipantRow {
  seq: number | string;
  id: string;
  code: string;
  email: string;
  name: string | null;
  referred_by: string | null;
  referrer_id: string | null;
  click_id: string | null;
  locale: string | null;
  visitor_id: string | null;
  flag_reason: FlagReason | null;
  created_at: Date;
}

/** A `clicks` row. */
export interface ClickRow {
  seq: number | string;
  id: string;
  click_id: string;
  code: string;
  participant_id: string;
  url: string | null;
  referrer: string | null;
  utm: Record<string, string> | string;
  visitor_id: string | null;
  flag_reason: FlagReason | null;
  created_at: Date;
}

/** A `conversions` row. */
export interface ConversionRow {
  seq: number | string;
  id: string;
  idempotency_key: string;
  body_hash: string;
  event: string;
  source: 'client' | 'server';
  status: 'pending' | 'approved' | 'flagged' | 'refunded';
  flag_reason: FlagReason | null;
  referrer_id: string | null;
  referrer_code: string | null;
  click_id: string | null;
  customer_email: string | null;
  customer_external_id: string | null;
  friend_key: string;
  amount: number | string | null;
  currency: string | null;
  order_id: string | null;
  qualifying: boolean;
  created_at: Date;
}

/** A `reward_grants` row. */
export interface GrantRow {
  seq: number | string;
  id: string;
  side: 'referrer' | 'friend';
  status: 'pending' | 'earned' | 'fulfilled' | 'reversed';
  reward: Reward | string;
  participant_id: string | null;
  referrer_id: string;
  friend_key: string;
  conversion_id: string;
  tier_id: string | null;
  fulfilment: StoredFulfilment | string | null;
  fulfilled_at: Date | null;
  created_at: Date;
}

/** What a fulfilled grant stores of its fulfilment. */
export interface StoredFulfilment {
  code: string | null;
  url: string | null;
  note: string | null;
}

/** Reads a `jsonb` column, which `pg` and PGlite both parse but a proxy may hand back as text. */
export function json<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** Reads a `bigint` column, which `pg` returns as text. */
export function int(value: number | string): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Reads a `timestamptz` column as the protocol's ISO 8601 text. */
export function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
