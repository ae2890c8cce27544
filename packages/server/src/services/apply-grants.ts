import type { Queryable } from '../db/database.js';
import { planGrants } from '../rewards/plan-grants.js';
import { tierCount } from '../store/conversions.js';
import { friendRewarded, heldTiers, insertGrants } from '../store/grants.js';
import { participantByEmail } from '../store/participants.js';
import type { ConversionRow, GrantRow } from '../store/rows.js';
import { emitGrantEvents } from '../webhooks/reward-events.js';
import type { AppContext } from './app-context.js';

/** Runs the rewards engine for a stored conversion, stores the grants it decides and writes their events. */
export async function applyGrants(ctx: AppContext, tx: Queryable, conversion: ConversionRow): Promise<GrantRow[]> {
  const referrerId = conversion.referrer_id;
  if (!referrerId || !conversion.qualifying) return [];
  if (conversion.status !== 'pending' && conversion.status !== 'approved') return [];
  const [friendAlreadyRewarded, count, held] = [
    await friendRewarded(tx, referrerId, conversion.friend_key),
    await tierCount(tx, referrerId),
    await heldTiers(tx, referrerId),
  ];
  const planned = planGrants({
    status: conversion.status,
    qualifying: conversion.qualifying,
    attributed: true,
    friendAlreadyRewarded,
    tierCount: count,
    heldTierIds: held,
    rewards: ctx.config.program.rewards,
    tiers: ctx.config.program.tiers,
  });
  if (planned.length === 0) return [];
  const friend = conversion.customer_email ? await participantByEmail(tx, conversion.customer_email) : null;
  const stored = await insertGrants(
    tx,
    { conversionId: conversion.id, referrerId, friendKey: conversion.friend_key, friendId: friend?.id ?? null },
    planned,
  );
  await emitGrantEvents(ctx, tx, stored);
  return stored;
}
