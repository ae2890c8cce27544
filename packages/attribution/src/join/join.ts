import { secretId } from '@rujuk/contract';
import type { JoinResponse } from '@rujuk/protocol';
import { currentReferral } from '../cookie/referral-store.js';
import { visitorId } from '../cookie/visitor-id.js';
import { settle } from '../core/settle.js';
import { S } from '../core/state.js';
import { enqueue } from '../queue/queue.js';
import type { Callback, JoinInput } from '../types.js';

/**
 * Enrols a participant, referred by the stored referral. The join goes through the persistent queue
 * with an idempotency key, so when its answer is lost (a join form's page is already gone, the
 * network dropped) a retry, on this page or the next, still gets the participant's token. The
 * backend validates the email and names what is wrong.
 */
export const join = (input: JoinInput, callback?: Callback<JoinResponse>): Promise<JoinResponse> => {
  // Before consent the join carries only what the person typed, and lives in memory only.
  const referral = S._ok ? currentReferral() : null;
  const key = secretId();
  return settle(
    enqueue(
      key,
      {
        ...input,
        referredBy: referral?.code,
        clickId: referral?.clickId,
        visitorId: visitorId(1),
        idempotencyKey: key,
      },
      true,
    ) as Promise<JoinResponse>,
    callback,
  );
};
