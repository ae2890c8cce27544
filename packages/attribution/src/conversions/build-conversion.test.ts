import { describe, expect, it } from 'vitest';
import type { ConversionInput } from '../types.js';
import { buildConversion } from './build-conversion.js';

const circular = () => {
  const metadata: Record<string, unknown> = {};
  metadata.self = metadata;
  return metadata;
};

const referral = { code: 'ANNA42', clickId: 'click12345', capturedAt: 1 };

describe('buildConversion', () => {
  it('uses the order id as the idempotency key and attaches the referral and visitor', () => {
    expect(
      buildConversion(
        { event: 'purchase', amount: 4999, currency: 'usd', orderId: 'A-1001', email: 'f@x.example' },
        referral,
        'visitor123',
      ),
    ).toMatchObject({
      event: 'purchase',
      idempotencyKey: 'A-1001',
      orderId: 'A-1001',
      amount: 4999,
      currency: 'USD',
      referral: { code: 'ANNA42', clickId: 'click12345' },
      customer: { email: 'f@x.example' },
      visitorId: 'visitor123',
    });
  });

  it('spells out characters a key may not hold, so different order ids never share a key', () => {
    const a = buildConversion({ event: 'purchase', orderId: '#1001' }, null, undefined);
    const b = buildConversion({ event: 'purchase', orderId: ' 1001' }, null, undefined);
    expect(a).toMatchObject({ idempotencyKey: ':z1001', orderId: '#1001' });
    expect(b).toMatchObject({ idempotencyKey: ':w1001' });
  });

  it('generates a random key without an order id, and keeps an explicit one', () => {
    const one = buildConversion({ event: 'signup' }, null, undefined) as { idempotencyKey: string };
    const two = buildConversion({ event: 'signup' }, null, undefined) as { idempotencyKey: string };
    expect(one.idempotencyKey).toMatch(/^[\w.:-]{8,128}$/);
    expect(one.idempotencyKey).not.toBe(two.idempotencyKey);
    expect(buildConversion({ event: 'signup', idempotencyKey: 'user-7:signup' }, null, undefined)).toMatchObject({
      idempotencyKey: 'user-7:signup',
    });
  });

  it('turns a numeric order id and external id into strings', () => {
    expect(buildConversion({ event: 'purchase', orderId: 1001, externalId: 7 }, null, undefined)).toMatchObject({
      orderId: '1001',
      idempotencyKey: '1001',
      customer: { externalId: '7' },
    });
  });

  it.each<[string, unknown, RegExp]>([
    ['no arguments', undefined, /event/],
    ['an upper-case event', { event: 'Purchase' }, /event/],
    ['a fractional amount', { event: 'purchase', amount: 49.99, currency: 'USD' }, /amount/],
    ['an amount without a currency', { event: 'purchase', amount: 4999 }, /amount/],
    ['a currency without an amount', { event: 'purchase', currency: 'USD' }, /currency/],
    ['a key that is too long', { event: 'purchase', idempotencyKey: 'k'.repeat(129) }, /idempotencyKey/],
    ['a numeric currency', { event: 'purchase', amount: 100, currency: 840 }, /currency/],
    ['a currency that is not three letters', { event: 'purchase', amount: 100, currency: 'US' }, /currency/],
    ['an object order id', { event: 'purchase', orderId: { id: 1 } }, /orderId/],
    ['an object external id', { event: 'signup', externalId: { id: 1 } }, /externalId/],
    ['NaN', { event: 'purchase', amount: Number.NaN, currency: 'USD' }, /amount/],
    ['circular metadata', { event: 'signup', metadata: circular() }, /metadata/],
    ['20 KB of metadata', { event: 'signup', metadata: { note: 'x'.repeat(20_000) } }, /metadata/],
    ['a BigInt in the metadata', { event: 'signup', metadata: { big: BigInt(1) } }, /metadata/],
  ])('explains what is wrong with %s', (_, input, message) => {
    expect(buildConversion(input as ConversionInput, null, undefined)).toMatch(message);
  });
});
