import type { ParticipantView } from '@rujuk/protocol';
import { tierProgress } from '../rewards/tier-progress.js';
import { tierCount } from '../store/conversions.js';
import { grantsFor } from '../store/grants.js';
import type { ParticipantRow } from '../store/rows.js';
import { statsFor } from '../store/stats.js';
import type { AppContext } from './app-context.js';
import { toGrant, toParticipant } from './present.js';

/** A participant with stats, rewards, tier progress and where to redeem. */
export async function participantView(ctx: AppContext, row: ParticipantRow): Promise<ParticipantView> {
  const stats = await statsFor(ctx.db, row.id);
  const grants = await grantsFor(ctx.db, row.id, row.email);
  const count = await tierCount(ctx.db, row.id);
  return {
    participant: toParticipant(row, ctx.config, true),
    stats,
    rewards: grants.map(toGrant),
    tier: tierProgress(ctx.config.program.tiers, count),
    redeemUrl: ctx.config.redeemUrl,
  };
}
