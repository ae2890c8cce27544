import type { FulfilResponse } from '@rujuk/protocol';
import { RujukError } from '../errors/rujuk-error.js';
import { fulfilGrant, grantForUpdate } from '../store/grants.js';
import { json, type StoredFulfilment } from '../store/rows.js';
import { emitRewardEvent } from '../webhooks/reward-events.js';
import type { AppContext } from './app-context.js';
import { toGrant } from './present.js';

function same(a: StoredFulfilment, b: StoredFulfilment): boolean {
  return a.code === b.code && a.url === b.url && a.note === b.note;
}

/**
 * Records what the participant receives for an earned reward and writes `reward.fulfilled`.
 * Fulfilling again with the same fulfilment answers it again; with another one it is refused, so a
 * retried call never issues a second code.
 */
export async function fulfilReward(ctx: AppContext, id: string, fulfilment: StoredFulfilment): Promise<FulfilResponse> {
  return ctx.db.transaction(async (tx) => {
    const row = await grantForUpdate(tx, id);
    if (!row) throw new RujukError('not_found', `No reward has the id "${id}"; take it from a reward.earned event.`);
    if (row.status === 'fulfilled') {
      if (row.fulfilment && same(json(row.fulfilment), fulfilment)) return { reward: toGrant(row), duplicate: true };
      throw new RujukError(
        'invalid_state',
        `Reward "${id}" was already fulfilled with another code, URL or note; it is fulfilled once.`,
      );
    }
    if (row.status === 'pending') {
      throw new RujukError('invalid_state', `Reward "${id}" is pending review; approve its conversion first.`);
    }
    if (row.status === 'reversed') {
      throw new RujukError('invalid_state', `Reward "${id}" was reversed by a refund and cannot be fulfilled.`);
    }
    const fulfilled = await fulfilGrant(tx, id, fulfilment);
    await emitRewardEvent(ctx, tx, 'reward.fulfilled', fulfilled);
    return { reward: toGrant(fulfilled), duplicate: false };
  });
}
