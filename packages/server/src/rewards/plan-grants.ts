import type { ConversionStatus, Reward, Tier } from '@rujuk/protocol';

/** A reward the engine decided to grant; the repository turns it into a stored grant. */
export interface PlannedGrant {
  side: 'referrer' | 'friend';
  status: 'pending' | 'earned';
  reward: Reward;
  tierId: string | null;
}

/** What the engine needs to know about a conversion and its referrer to decide its grants. */
export interface GrantFacts {
  status: ConversionStatus;
  qualifying: boolean;
  /** Whether the conversion is attributed to a referrer. */
  attributed: boolean;
  /** Whether this friend already holds a live double-sided reward from this referrer. */
  friendAlreadyRewarded: boolean;
  /** Distinct qualifying friends of the referrer, this conversion included. */
  tierCount: number;
  /** Tiers the referrer already holds a live grant for. */
  heldTierIds: ReadonlySet<string>;
  rewards: { referrer: Reward; friend: Reward };
  tiers: readonly Tier[];
}

function isEmpty(reward: Reward): boolean {
  return reward.kind === 'custom' && reward.amount === null && reward.description === '';
}

/**
 * Decides the grants a conversion earns: the double-sided reward once per friend, and each tier
 * reward once when the referrer reaches its threshold. Pending conversions grant pending rewards;
 * flagged and refunded ones grant nothing.
 */
export function planGrants(facts: GrantFacts): PlannedGrant[] {
  if (!facts.attributed || !facts.qualifying) return [];
  if (facts.status !== 'pending' && facts.status !== 'approved') return [];
  const status = facts.status === 'approved' ? 'earned' : 'pending';
  const grants: PlannedGrant[] = [];
  if (!facts.friendAlreadyRewarded) {
    if (!isEmpty(facts.rewards.referrer)) {
      grants.push({ side: 'referrer', status, reward: facts.rewards.referrer, tierId: null });
    }
    if (!isEmpty(facts.rewards.friend)) {
      grants.push({ side: 'friend', status, reward: facts.rewards.friend, tierId: null });
    }
  }
  for (const tier of facts.tiers) {
    if (tier.threshold <= facts.tierCount && !facts.heldTierIds.has(tier.id)) {
      grants.push({ side: 'referrer', status, reward: tier.reward, tierId: tier.id });
    }
  }
  return grants;
}

/** Tiers whose live grants must be reversed after the referrer's count dropped to `tierCount`. */
export function tiersLost(tiers: readonly Tier[], tierCount: number, heldTierIds: ReadonlySet<string>): string[] {
  return tiers.filter((tier) => heldTierIds.has(tier.id) && tier.threshold > tierCount).map((tier) => tier.id);
}
