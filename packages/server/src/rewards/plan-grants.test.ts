import type { Reward, Tier } from '@rujuk/protocol';
import { describe, expect, it } from 'vitest';
import { type GrantFacts, planGrants, tiersLost } from './plan-grants.js';

const credit: Reward = { kind: 'credit', amount: 1000, currency: 'USD', description: '$10 store credit' };
const discount: Reward = { kind: 'percent_off', amount: 20, currency: null, description: '20% off' };
const tiers: Tier[] = [
  { id: 'silver', name: 'Silver', threshold: 3, reward: { ...credit, amount: 2500, description: '$25' } },
  { id: 'gold', name: 'Gold', threshold: 10, reward: { ...credit, amount: 10000, description: '$100' } },
];

function facts(overrides: Partial<GrantFacts> = {}): GrantFacts {
  return {
    status: 'approved',
    qualifying: true,
    attributed: true,
    friendAlreadyRewarded: false,
    tierCount: 1,
    heldTierIds: new Set(),
    rewards: { referrer: credit, friend: discount },
    tiers,
    ...overrides,
  };
}

describe('planGrants', () => {
  it('grants both sides an earned reward for an approved qualifying conversion', () => {
    expect(planGrants(facts())).toEqual([
      { side: 'referrer', status: 'earned', reward: credit, tierId: null },
      { side: 'friend', status: 'earned', reward: discount, tierId: null },
    ]);
  });

  it('grants pending rewards while the conversion is held for review', () => {
    expect(planGrants(facts({ status: 'pending' })).map((g) => g.status)).toEqual(['pending', 'pending']);
  });

  it('grants nothing for flagged, refunded, unattributed or non-qualifying conversions', () => {
    expect(planGrants(facts({ status: 'flagged' }))).toEqual([]);
    expect(planGrants(facts({ status: 'refunded' }))).toEqual([]);
    expect(planGrants(facts({ attributed: false }))).toEqual([]);
    expect(planGrants(facts({ qualifying: false }))).toEqual([]);
  });

  it('grants the double-sided reward only once per friend', () => {
    expect(planGrants(facts({ friendAlreadyRewarded: true }))).toEqual([]);
  });

  it('grants a tier reward when the referrer reaches its threshold, and only once', () => {
    const reached = planGrants(facts({ tierCount: 3 }));
    expect(reached.filter((g) => g.tierId)).toEqual([
      { side: 'referrer', status: 'earned', reward: tiers[0]!.reward, tierId: 'silver' },
    ]);
    expect(planGrants(facts({ tierCount: 4, heldTierIds: new Set(['silver']) })).some((g) => g.tierId)).toBe(false);
  });

  it('grants every tier passed at once', () => {
    const ids = planGrants(facts({ tierCount: 12 })).map((g) => g.tierId);
    expect(ids).toEqual([null, null, 'silver', 'gold']);
  });

  it('skips a side whose reward is empty', () => {
    const none: Reward = { kind: 'custom', amount: null, currency: null, description: '' };
    expect(planGrants(facts({ rewards: { referrer: credit, friend: none } })).map((g) => g.side)).toEqual(['referrer']);
  });
});

describe('tiersLost', () => {
  it('names the held tiers whose threshold is now above the count', () => {
    expect(tiersLost(tiers, 2, new Set(['silver']))).toEqual(['silver']);
    expect(tiersLost(tiers, 9, new Set(['silver', 'gold']))).toEqual(['gold']);
    expect(tiersLost(tiers, 3, new Set(['silver']))).toEqual([]);
  });
});
