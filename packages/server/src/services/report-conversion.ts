import type { ConversionResponse, FlagReason } from '@rujuk/protocol';
import { RujukError } from '../errors/rujuk-error.js';
import { isSelfReferral } from '../fraud/self-referral.js';
import { canonicalJson } from '../ids/canonical-json.js';
import { newId, sha256 } from '../ids/random.js';
import { initialStatus } from '../rewards/conversion-status.js';
import { friendKey } from '../rewards/friend-key.js';
import { qualifies } from '../rewards/qualifies.js';
import { clickByClickId } from '../store/clicks.js';
import { conversionByKey, insertConversion, liveSameConversions } from '../store/conversions.js';
import type { ConversionRow } from '../store/rows.js';
import type { ConversionInput } from '../validation/conversion-request.js';
import type { JsonObject } from '../validation/fields.js';
import { emitEvent } from '../webhooks/emit-event.js';
import type { AppContext } from './app-context.js';
import { applyGrants } from './apply-grants.js';
import { toConversion } from './present.js';
import type { ReferrerRef } from './referrer-cache.js';
import { supersedeClaimLocked } from './review-conversion.js';

async function findReferrer(ctx: AppContext, input: ConversionInput): Promise<ReferrerRef | null> {
  if (input.code) {
    const ref = await ctx.referrers.get(ctx.db, input.code);
    if (ref) return ref;
  }
  if (input.clickId) {
    const click = await clickByClickId(ctx.db, input.clickId);
    if (click) return ctx.referrers.get(ctx.db, click.code);
  }
  return null;
}

function replay(existing: ConversionRow, bodyHash: string): { response: ConversionResponse; created: boolean } {
  if (existing.body_hash !== bodyHash) {
    throw new RujukError(
      'idempotency_conflict',
      `The idempotency key "${existing.idempotency_key}" was already used with a different body; use a new key for a different conversion.`,
    );
  }
  return { response: { conversion: toConversion(existing), duplicate: true }, created: false };
}

/**
 * Records a conversion once per idempotency key and source and lets the rewards engine decide its
 * grants. A conversion is never lost: an unknown referral is stored unattributed, a suspicious one
 * flagged. A claim never blocks a fact: the shop's report is stored as sent, and the claims of the
 * same order or key it replaces are set aside.
 */
export async function reportConversion(
  ctx: AppContext,
  input: ConversionInput,
  rawBody: JsonObject,
  source: 'client' | 'server',
) {
  const bodyHash = sha256(canonicalJson(rawBody));
  const known = await conversionByKey(ctx.db, input.idempotencyKey, source);
  if (known) return replay(known, bodyHash);

  const referrer = await findReferrer(ctx, input);
  const selfReferral =
    referrer !== null && isSelfReferral({ email: input.customerEmail, visitorId: input.visitorId }, referrer);
  const id = newId('cnv');
  const qualifying = qualifies(ctx.config.program.qualifying, input);
  return ctx.db.transaction(async (tx) => {
    const same = await liveSameConversions(tx, { ...input, source });
    // A fact is judged only against other facts; the claims it repeats give way to it below.
    const earlier = source === 'server' ? same.filter((row) => row.source === 'server') : same;
    let flagReason: FlagReason | null = null;
    if (selfReferral) flagReason = 'self_referral';
    else if (earlier.length > 0) flagReason = 'duplicate_customer';
    if (source === 'server') {
      // Set aside before the fact's own grants, so a reward the claim held is free for the fact.
      for (const claim of same) if (claim.source === 'client') await supersedeClaimLocked(ctx, tx, claim);
    }
    const status = initialStatus({ source, clientClaims: ctx.config.clientClaims, flagReason });
    const row = await insertConversion(tx, {
      id,
      idempotencyKey: input.idempotencyKey,
      bodyHash,
      event: input.event,
      source,
      status,
      flagReason,
      referrerId: referrer?.id ?? null,
      referrerCode: referrer?.code ?? null,
      clickId: input.clickId,
      customerEmail: input.customerEmail,
      customerExternalId: input.customerExternalId,
      friendKey: friendKey(
        { email: input.customerEmail ?? undefined, externalId: input.customerExternalId ?? undefined },
        id,
      ),
      amount: input.amount,
      currency: input.currency,
      orderId: input.orderId,
      metadata: input.metadata,
      visitorId: input.visitorId,
      qualifying,
    });
    if (!row) {
      // Another request with this key won the race; answer as its replay.
      const winner = await conversionByKey(tx, input.idempotencyKey, source);
      if (!winner) throw new Error(`conversion ${input.idempotencyKey} vanished after a conflicting insert`);
      return replay(winner, bodyHash);
    }
    await emitEvent(tx, 'conversion.created', { conversion: toConversion(row) });
    await applyGrants(ctx, tx, row);
    return {
      response: { conversion: toConversion(row), duplicate: false } satisfies ConversionResponse,
      created: true,
    };
  });
}
