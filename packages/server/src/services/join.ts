import type { JoinResponse } from '@rujuk/protocol';
import { RujukError } from '../errors/rujuk-error.js';
import { isSelfReferral } from '../fraud/self-referral.js';
import { newParticipantToken, sha256 } from '../ids/random.js';
import { clickByClickId } from '../store/clicks.js';
import { insertParticipant, insertToken, participantByEmail } from '../store/participants.js';
import type { ParticipantRow } from '../store/rows.js';
import type { JoinInput } from '../validation/join-request.js';
import type { AppContext } from './app-context.js';
import { authenticateParticipant, type IdentityHeaders } from './participant-auth.js';
import { toParticipant } from './present.js';
import type { RequestFacts } from './track-click.js';

/** How a join request is authenticated. */
export interface JoinAuth extends RequestFacts {
  secret: boolean;
  identity: IdentityHeaders;
}

async function provenToken(ctx: AppContext, row: ParticipantRow, auth: JoinAuth): Promise<string | null> {
  const { identity } = auth;
  if (identity.token !== null) {
    // A stale token (say, from a reset database) must not block joining again: it just proves nothing.
    const owner = await authenticateParticipant(ctx, { token: identity.token, email: null, signature: null }).catch(
      () => null,
    );
    return owner?.id === row.id ? identity.token : null;
  }
  if (identity.email !== null || identity.signature !== null) {
    if (!identity.email || !identity.signature || !ctx.keys.verifySignature(identity.email, identity.signature)) {
      throw new RujukError(
        'invalid_signature',
        'X-Rujuk-Signature does not match X-Rujuk-Email; sign the trimmed, lower-cased email with HMAC-SHA256 and the secret key, hex-encoded.',
      );
    }
    if (identity.email.trim().toLowerCase() !== row.email) return null;
  } else if (!auth.secret) {
    return null;
  }
  const token = newParticipantToken();
  await insertToken(ctx.db, row.id, sha256(token));
  return token;
}

async function findReferrer(ctx: AppContext, input: JoinInput) {
  if (input.referredBy) {
    const ref = await ctx.referrers.get(ctx.db, input.referredBy);
    if (ref) return ref;
  }
  if (input.clickId) {
    const click = await clickByClickId(ctx.db, input.clickId);
    if (click) return ctx.referrers.get(ctx.db, click.code);
  }
  return null;
}

/**
 * Enrols a participant, or answers the existing one for a known email (with a token only when the
 * request proves it is them). An unknown `referredBy` is ignored; a self-referral is kept, flagged.
 */
export async function join(ctx: AppContext, input: JoinInput, auth: JoinAuth) {
  const verdict = ctx.limits.joins.hit(auth.ip);
  if (!verdict.allowed) {
    throw new RujukError('rate_limited', `Too many joins from this address; retry in ${verdict.retryAfter} s.`, {
      retryAfter: verdict.retryAfter,
    });
  }
  const existing = await participantByEmail(ctx.db, input.email);
  if (existing) return answerExisting(ctx, existing, auth);
  const referrer = await findReferrer(ctx, input);
  const self = referrer && isSelfReferral(input, { email: referrer.email, visitorId: referrer.visitorId });
  const row = await insertParticipant(ctx.db, {
    email: input.email,
    name: input.name,
    referredBy: referrer?.code ?? null,
    referrerId: referrer?.id ?? null,
    clickId: input.clickId,
    locale: input.locale,
    visitorId: input.visitorId,
    flagReason: self ? 'self_referral' : null,
  });
  if (!row) {
    const raced = await participantByEmail(ctx.db, input.email);
    if (!raced) throw new Error(`participant ${input.email} vanished after a conflicting insert`);
    return answerExisting(ctx, raced, auth);
  }
  ctx.referrers.remember({ id: row.id, code: row.code, email: row.email, visitorId: row.visitor_id });
  const token = newParticipantToken();
  await insertToken(ctx.db, row.id, sha256(token));
  const response: JoinResponse = { participant: toParticipant(row, ctx.config, true), token, created: true };
  return { response, created: true };
}

async function answerExisting(ctx: AppContext, row: ParticipantRow, auth: JoinAuth) {
  const token = await provenToken(ctx, row, auth);
  const response: JoinResponse = {
    participant: toParticipant(row, ctx.config, token !== null || auth.secret),
    token,
    created: false,
  };
  return { response, created: false };
}
