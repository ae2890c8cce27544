import type { ConversionResponse, RefundResponse } from '@rujuk/protocol';
import type { Queryable } from '../db/database.js';
import { RujukError } from '../errors/rujuk-error.js';
import { tiersLost } from '../rewards/plan-grants.js';
import { conversionForUpdate, flagConversion, setConversionStatus, tierCount } from '../store/conversions.js';
import {
  earnGrants,
  heldTiers,
  type ReversedGrantRow,
  reverseConversionGrants,
  reverseTierGrants,
} from '../store/grants.js';
import type { ConversionRow } from '../store/rows.js';
import { emitEvent } from '../webhooks/emit-event.js';
import { emitGrantEvents, emitRewardEvent } from '../webhooks/reward-events.js';
import type { AppContext } from './app-context.js';
import { applyGrants } from './apply-grants.js';
import { toConversion, toGrant } from './present.js';

function notFound(id: string): RujukError {
  return new RujukError('not_found', `No conversion has the id "${id}"; list conversions to find it.`);
}

/**
 * Approves a held or flagged conversion: its pending grants become earned and any grant it still
 * deserves is granted. Approving an approved conversion changes nothing.
 */
export async function approveConversion(ctx: AppContext, id: string): Promise<ConversionResponse> {
  return ctx.db.transaction(async (tx) => {
    const row = await conversionForUpdate(tx, id);
    if (!row) throw notFound(id);
    if (row.status === 'refunded') {
      throw new RujukError('invalid_state', `Conversion "${id}" was refunded and cannot be approved.`);
    }
    if (row.status === 'approved') return { conversion: toConversion(row), duplicate: true };
    return { conversion: toConversion(await approveLocked(ctx, tx, id)), duplicate: false };
  });
}

/** Approves a conversion already locked in `tx`: pending grants become earned, missing ones are granted. */
export async function approveLocked(ctx: AppContext, tx: Queryable, id: string): Promise<ConversionRow> {
  const approved = await setConversionStatus(tx, id, 'approved');
  await emitEvent(tx, 'conversion.approved', { conversion: toConversion(approved) });
  await emitGrantEvents(ctx, tx, await earnGrants(tx, id));
  await applyGrants(ctx, tx, approved);
  return approved;
}

/**
 * Refunds a conversion: reverses the grants it gave and any tier its referrer no longer reaches.
 * Refunding twice is an `invalid_state`.
 */
export async function refundConversion(ctx: AppContext, id: string): Promise<RefundResponse> {
  return ctx.db.transaction(async (tx) => {
    const row = await conversionForUpdate(tx, id);
    if (!row) throw notFound(id);
    if (row.status === 'refunded') {
      throw new RujukError('invalid_state', `Conversion "${id}" is already refunded.`);
    }
    const refunded = await setConversionStatus(tx, id, 'refunded');
    const reversed = await withdrawGrants(ctx, tx, refunded);
    const response = { conversion: toConversion(refunded), reversed: reversed.map(toGrant) };
    await emitEvent(tx, 'conversion.refunded', response);
    return response;
  });
}

/** Reverses the grants of a conversion that no longer counts, and any tier its referrer no longer reaches. */
async function withdrawGrants(ctx: AppContext, tx: Queryable, row: ConversionRow): Promise<ReversedGrantRow[]> {
  const reversed = await reverseConversionGrants(tx, row.id);
  if (row.referrer_id) {
    const count = await tierCount(tx, row.referrer_id);
    const lost = tiersLost(ctx.config.program.tiers, count, await heldTiers(tx, row.referrer_id));
    reversed.push(...(await reverseTierGrants(tx, row.referrer_id, lost)));
  }
  for (const grant of reversed) {
    // A pending reward was never announced as earned, so its reversal is not announced either.
    if (grant.previous_status !== 'pending') await emitRewardEvent(ctx, tx, 'reward.reversed', grant);
  }
  return reversed;
}

/**
 * Sets aside a browser claim, locked in `tx`, that the shop's own report of the same order or key
 * replaces: flagged `duplicate_customer`, its rewards reversed, so only the report counts.
 */
export async function supersedeClaimLocked(ctx: AppContext, tx: Queryable, claim: ConversionRow): Promise<void> {
  const flagged = await flagConversion(tx, claim.id, 'duplicate_customer');
  await withdrawGrants(ctx, tx, flagged);
}
