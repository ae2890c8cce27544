import { createHash } from 'node:crypto';
import { KEY } from '@rujuk/contract';
import type { ConversionRequest } from '@rujuk/protocol';
import { parseReferral } from './parse-referral.js';
import type { PurchaseInput } from './types.js';

/** `purchase:<orderId>`, or a digest of the order id when it has characters an idempotency key may not hold. */
export function purchaseKey(orderId: string): string {
  const key = `purchase:${orderId}`;
  return KEY.test(key) ? key : `purchase:sha256:${createHash('sha256').update(orderId).digest('hex')}`;
}

/** The conversion a confirmed purchase is reported as. */
export function purchaseConversion(input: PurchaseInput): ConversionRequest {
  const { referral, orderId, currency, idempotencyKey, ...rest } = input;
  return {
    ...rest,
    event: 'purchase',
    idempotencyKey: idempotencyKey ?? purchaseKey(String(orderId)),
    referral: parseReferral(referral),
    orderId,
    currency: typeof currency === 'string' ? currency.toUpperCase() : currency,
  };
}
