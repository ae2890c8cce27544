import { describe, expect, it } from 'vitest';
import { purchaseConversion, purchaseKey } from './purchase-conversion.js';

describe('purchaseConversion', () => {
  it('reports a purchase keyed on the order, with an upper-case currency and the parsed referral', () => {
    expect(
      purchaseConversion({
        referral: 'ANNA42',
        orderId: 'cs_test_123',
        amount: 4999,
        currency: 'usd',
        customer: { email: 'friend@example.com' },
        metadata: { plan: 'pro' },
      }),
    ).toEqual({
      event: 'purchase',
      idempotencyKey: 'purchase:cs_test_123',
      referral: { code: 'ANNA42' },
      orderId: 'cs_test_123',
      amount: 4999,
      currency: 'USD',
      customer: { email: 'friend@example.com' },
      metadata: { plan: 'pro' },
    });
  });

  it('keeps an idempotency key the caller chose', () => {
    expect(
      purchaseConversion({ orderId: '1', amount: 1, currency: 'EUR', idempotencyKey: 'evt_1' }).idempotencyKey,
    ).toBe('evt_1');
  });
});

describe('purchaseKey', () => {
  it('hashes order ids with characters an idempotency key may not hold, the same way every time', () => {
    const key = purchaseKey('#1001 / Shop');
    expect(key).toMatch(/^purchase:sha256:[0-9a-f]{64}$/);
    expect(key).toMatch(/^[A-Za-z0-9_.:-]{1,128}$/);
    expect(purchaseKey('#1001 / Shop')).toBe(key);
    expect(purchaseKey('#1002 / Shop')).not.toBe(key);
  });

  it('hashes order ids too long for a key', () => {
    expect(purchaseKey('x'.repeat(200))).toMatch(/^purchase:sha256:/);
  });
});
