import type { Tier, TierProgress } from '@rujuk/protocol';

/** Where a referrer with `count` qualifying referrals stands on tiers sorted by threshold. */
export function tierProgress(tiers: readonly Tier[], count: number): TierProgress {
  let current: Tier | null = null;
  let next: Tier | null = null;
  for (const tier of tiers) {
    if (tier.threshold <= count) current = tier;
    else if (!next) next = tier;
  }
  return { current, next, count, remaining: next ? next.threshold - count : null };
}
