import type { Queryable } from '../db/database.js';
import type { AppContext } from '../services/app-context.js';
import { toGrant, toParticipant } from '../services/present.js';
import { participantByEmail, participantById } from '../store/participants.js';
import type { GrantRow } from '../store/rows.js';
import { emitEvent } from './emit-event.js';

/** Writes a reward event with its receiver: the participant, or the email of a friend who has not joined. */
export async function emitRewardEvent(
  ctx: AppContext,
  tx: Queryable,
  type: 'reward.earned' | 'reward.reversed' | 'reward.fulfilled',
  grant: GrantRow,
): Promise<void> {
  const email = grant.friend_key.startsWith('email:') ? grant.friend_key.slice('email:'.length) : null;
  let receiver = grant.participant_id ? await participantById(tx, grant.participant_id) : null;
  // A friend who joined after buying holds the reward through their email.
  if (!receiver && grant.side === 'friend' && email) receiver = await participantByEmail(tx, email);
  await emitEvent(tx, type, {
    reward: toGrant(grant),
    participant: receiver ? toParticipant(receiver, ctx.config, true) : null,
    customerEmail: receiver || grant.side !== 'friend' ? null : email,
  });
}

/** Writes `tier.reached` for a tier grant, with the referrer who reached it. */
export async function emitTierReached(ctx: AppContext, tx: Queryable, grant: GrantRow): Promise<void> {
  const tier = ctx.config.program.tiers.find((candidate) => candidate.id === grant.tier_id);
  const referrer = await participantById(tx, grant.referrer_id);
  if (!tier || !referrer) return;
  await emitEvent(tx, 'tier.reached', {
    participant: toParticipant(referrer, ctx.config, true),
    tier,
    reward: toGrant(grant),
  });
}

/** Writes the events of newly stored grants: `tier.reached` for tiers, `reward.earned` for earned ones. */
export async function emitGrantEvents(ctx: AppContext, tx: Queryable, grants: GrantRow[]): Promise<void> {
  for (const grant of grants) {
    if (grant.tier_id) await emitTierReached(ctx, tx, grant);
    if (grant.status === 'earned') await emitRewardEvent(ctx, tx, 'reward.earned', grant);
  }
}
