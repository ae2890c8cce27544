import { EVENT, guard, KEY, randomId } from '@rujuk/contract';
import type { ConversionRequest } from '@rujuk/protocol';
import type { ConversionInput, Referral } from '../types.js';

/**
 * Validates `convert()` arguments and builds the request body, or returns what is wrong. Only what
 * would be ambiguous is checked here; the backend names any other bad field (`400 invalid_request`),
 * which rejects the promise and raises `rujuk:error` the same way. The idempotency key is the
 * explicit one, else the order id (characters a key may not hold spelled out, `#` → `:z`), else random.
 */
export const buildConversion = (
  input: ConversionInput,
  referral: Referral | null,
  visitorId: string | undefined,
): ConversionRequest | string => {
  const { event, amount, currency, orderId, email, externalId } = input || ({} as ConversionInput);
  const key =
    input?.idempotencyKey ??
    (orderId == null
      ? randomId()
      : ('' + orderId).replace(/[^\w.:-]/g, (char) => ':' + char.charCodeAt(0).toString(36)));
  // Amount and currency come together: an integer of minor units and a three-letter code.
  const badMoney = currency == null ? amount != null : !(/^[a-z]{3}$/i.test(currency) && Number.isInteger(amount));
  return !EVENT.test(event || '')
    ? 'invalid event'
    : badMoney
      ? 'invalid amount or currency'
      : !(isId(orderId) && isId(externalId) && KEY.test(key))
        ? 'invalid orderId, externalId or idempotencyKey'
        : json({
            ...input,
            idempotencyKey: key,
            referral: referral && { code: referral.code, clickId: referral.clickId },
            customer: email || externalId ? { email, externalId: externalId?.toString() } : undefined,
            currency: currency?.toUpperCase(),
            orderId: orderId?.toString(),
            visitorId,
          } as ConversionRequest);
};

// An object id would become "[object Object]", merging distinct orders or customers into one.
const isId = (value: unknown): boolean => value == null || typeof value == 'string' || Number.isFinite(value);

// A body that cannot be serialised (circular or BigInt metadata) or is larger than the backend takes
// (16 KB; and `keepalive` refuses 64 KB) would wait in the queue forever: reject it now.
const json = (body: ConversionRequest): ConversionRequest | string =>
  // `undefined < n` is false: a body that cannot be serialised is refused too.
  !((guard(() => JSON.stringify(body).length) as number) < 16385) ? 'invalid metadata (JSON, 16 KB at most)' : body;
