import type { ConversionResponse, Participant, RefundResponse } from '@rujuk/protocol';
import { describe, expectTypeOf, it } from 'vitest';
import { createServerClient } from './index.js';

const admin = createServerClient({ apiUrl: 'https://api.shop.example', secretKey: 'sk_test' });

describe('the server client types', () => {
  it('resolves every call with the protocol type of its answer', () => {
    expectTypeOf(
      admin.confirmPurchase({ orderId: 'o1', amount: 4999, currency: 'usd' }),
    ).resolves.toEqualTypeOf<ConversionResponse>();
    expectTypeOf(admin.refundConversion('cv_1')).resolves.toEqualTypeOf<RefundResponse>();
    expectTypeOf(admin.findParticipantByEmail('a@example.com')).resolves.toEqualTypeOf<Participant | null>();
    expectTypeOf(admin.signIdentity('a@example.com')).toEqualTypeOf<{ email: string; signature: string }>();
  });

  it('refuses wrong payloads at compile time', () => {
    // @ts-expect-error: a purchase needs its order id
    admin.confirmPurchase({ amount: 4999, currency: 'usd' });
    // @ts-expect-error: a purchase needs an amount in minor units
    admin.confirmPurchase({ orderId: 'o1', currency: 'usd' });
    // @ts-expect-error: the referral is a string or { code, clickId }
    admin.confirmPurchase({ orderId: 'o1', amount: 1, currency: 'usd', referral: 42 });
    // @ts-expect-error: conversion statuses are pending, approved, flagged or refunded
    admin.listConversions({ status: 'paid' });
    // @ts-expect-error: the server client takes the secret key
    createServerClient({ apiUrl: 'https://api.shop.example', publishableKey: 'pk_test' });
  });
});
