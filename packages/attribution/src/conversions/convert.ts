import { guard } from '@rujuk/contract';
import type { Conversion } from '@rujuk/protocol';
import { currentReferral } from '../cookie/referral-store.js';
import { visitorId } from '../cookie/visitor-id.js';
import { settle } from '../core/settle.js';
import { fail } from '../events/report.js';
import { type Entry, enqueue } from '../queue/queue.js';
import type { Callback, ConversionInput } from '../types.js';
import { buildConversion } from './build-conversion.js';

/** Result of an acknowledged conversion, also the `rujuk:convert` event detail. */
export interface ConvertResult {
  idempotencyKey: string;
  event: string;
  /** The conversion as the backend stored it. */
  conversion: Conversion;
  /** True when the backend already had this idempotency key (a replay, counted once). */
  duplicate: boolean;
}

/**
 * Reports a conversion with the stored referral attached. It is queued persistently before it is
 * sent and retried until the backend acknowledges it; the promise resolves then. Bad arguments
 * reject (and are reported once on the console), never throw.
 */
export const convert = (input: ConversionInput, callback?: Callback<ConvertResult>): Promise<ConvertResult> => {
  // Arguments with throwing getters or `toString` must reject, not return `undefined` from the bus.
  const body = guard(() => buildConversion(input, currentReferral(), visitorId())) ?? 'invalid arguments';
  // `[rujuk]` written out, not `LOG_PREFIX`: brotli packs the repeated literal 4 B smaller than the constant's uses (measured).
  return settle(
    (typeof body == 'string'
      ? Promise.reject(fail('invalid_request', '[rujuk] convert: ' + body))
      : enqueue(body.idempotencyKey, body as unknown as Entry, true)) as Promise<ConvertResult>,
    callback,
  );
};
