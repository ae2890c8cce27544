import type { Tier } from '@rujuk/protocol';
import { describe, expect, it } from 'vitest';
import { initialStatus } from './conversion-status.js';
import { friendKey } from './friend-key.js';
import { qualifies } from './qualifies.js';
import { tierProgress } from './tier-progress.js';

describe('qualifies', () => {
  const rules = { events: ['purchase'], minAmount: { amount: 2000, currency: 'USD' } };

  it('accepts a listed event at or above the minimum amount in its currency', () => {
    expect(qualifies(rules, { event: 'purchase', amount: 2000, currency: 'USD' })).toBe(true);
  });

  it('refuses other events, smaller amounts, other currencies and missing amounts', () => {
    expect(qualifies(rules, { event: 'signup', amount: 5000, currency: 'USD' })).toBe(false);
    expect(qualifies(rules, { event: 'purchase', amount: 1999, currency: 'USD' })).toBe(false);
    expect(qualifies(rules, { event: 'purchase', amount: 5000, currency: 'EUR' })).toBe(false);
    expect(qualifies(rules, { event: 'purchase', amount: null, currency: null })).toBe(false);
  });

  it('needs no amount when the program sets no minimum', () => {
    expect(qualifies({ events: ['signup'], minAmount: null }, { event: 'signup', amount: null, currency: null })).toBe(
      true,
    );
  });
});

describe('initialStatus', () => {
  it('approves server reports and trusted client claims, holds the rest, flags suspicious ones', () => {
    expect(initialStatus({ source: 'server', clientClaims: 'hold', flagReason: null })).toBe('approved');
    expect(initialStatus({ source: 'client', clientClaims: 'approve', flagReason: null })).toBe('approved');
    expect(initialStatus({ source: 'client', clientClaims: 'hold', flagReason: null })).toBe('pending');
    expect(initialStatus({ source: 'server', clientClaims: 'approve', flagReason: 'self_referral' })).toBe('flagged');
  });
});

describe('friendKey', () => {
  it('identifies a friend by email (case-insensitive), else external id, else the conversion', () => {
    expect(friendKey({ email: 'Eva@Example.com', externalId: 'c1' }, 'cnv_1')).toBe('email:eva@example.com');
    expect(friendKey({ externalId: 'c1' }, 'cnv_1')).toBe('external:c1');
    expect(friendKey(undefined, 'cnv_1')).toBe('conversion:cnv_1');
  });
});

describe('tierProgress', () => {
  const reward = { kind: 'points' as const, amount: 1, currency: null, description: '1 point' };
  const tiers: Tier[] = [
    { id: 'silver', name: 'Silver', threshold: 3, reward },
    { id: 'gold', name: 'Gold', threshold: 10, reward },
  ];

  it('reports the current and next tier and how many referrals are still needed', () => {
    expect(tierProgress(tiers, 0)).toEqual({ current: null, next: tiers[0], count: 0, remaining: 3 });
    expect(tierProgress(tiers, 4)).toEqual({ current: tiers[0], next: tiers[1], count: 4, remaining: 6 });
    expect(tierProgress(tiers, 10)).toEqual({ current: tiers[1], next: null, count: 10, remaining: null });
  });
});
