import type { Click, Conversion, Participant, RewardGrant } from '@rujuk/protocol';
import type { ProgramConfig } from '../config/types.js';
import {
  type ClickRow,
  type ConversionRow,
  type GrantRow,
  int,
  iso,
  json,
  type ParticipantRow,
} from '../store/rows.js';

/** The participant's personal link: the share base URL with the code in the first referral parameter. */
export function shareUrl(config: ProgramConfig, code: string): string {
  const url = new URL(config.shareBaseUrl);
  url.searchParams.set(config.program.referral.params[0] ?? 'ref', code);
  return url.href;
}

/** A participant as the protocol shows it; the email only in the participant's own or secret views. */
export function toParticipant(row: ParticipantRow, config: ProgramConfig, withEmail: boolean): Participant {
  const participant: Participant = {
    id: row.id,
    code: row.code,
    shareUrl: shareUrl(config, row.code),
    name: row.name,
    referredBy: row.referred_by,
    createdAt: iso(row.created_at),
  };
  if (withEmail) participant.email = row.email;
  return participant;
}

/** A click as the protocol shows it. */
export function toClick(row: ClickRow): Click {
  return {
    id: row.id,
    clickId: row.click_id,
    code: row.code,
    url: row.url,
    referrer: row.referrer,
    utm: json(row.utm),
    flagged: row.flag_reason !== null,
    flagReason: row.flag_reason,
    createdAt: iso(row.created_at),
  };
}

/** A conversion as the protocol shows it. */
export function toConversion(row: ConversionRow): Conversion {
  return {
    id: row.id,
    event: row.event,
    idempotencyKey: row.idempotency_key,
    source: row.source,
    status: row.status,
    flagReason: row.flag_reason,
    attributed: row.referrer_id !== null,
    referrerCode: row.referrer_code,
    clickId: row.click_id,
    amount: row.amount === null ? null : int(row.amount),
    currency: row.currency,
    orderId: row.order_id,
    qualifying: row.qualifying,
    createdAt: iso(row.created_at),
  };
}

/** A reward grant as the protocol shows it. */
export function toGrant(row: GrantRow): RewardGrant {
  return {
    id: row.id,
    side: row.side,
    status: row.status,
    reward: json(row.reward),
    conversionId: row.conversion_id,
    tierId: row.tier_id,
    fulfilment:
      row.fulfilment && row.fulfilled_at ? { ...json(row.fulfilment), fulfilledAt: iso(row.fulfilled_at) } : null,
    createdAt: iso(row.created_at),
  };
}
