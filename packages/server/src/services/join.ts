import type { JoinResponse } from '@rujuk/protocol';
import type { Queryable } from '../db/database.js';
import { RujukError } from '../errors/rujuk-error.js';
import { isSelfReferral } from '../fraud/self-referral.js';
import { newParticipantToken, sha256 } from '../ids/random.js';
import { clickByClickId } from '../store/clicks.js';
import { type JoinKeyRow, joinKeyByHash, lockJoinKey, saveJoinKey } from '../store/join-keys.js';
import { insertParticipant, insertToken, participantByEmail, participantById } from '../store/participants.js';
import type { ParticipantRow } from '../store/rows.js';
import type { JoinInput } from '../validation/join-request.js';
import { emitEvent } from '../webhooks/emit-event.js';
import type { AppContext } from './app-context.js';
import { authenticateParticipant, type IdentityHeaders } from './participant-auth.js';
import { toParticipant } from './present.js';
import type { RequestFacts } from './track-click.js';

/** How a join request is authenticated. */
export interface JoinAuth extends RequestFacts {
  secret: boolean;
  identity: IdentityHeaders;
}

/** A join's answer, whether it is a `201`, and the participant it is about. */
interface Joined {
  response: JoinResponse;
  created: boolean;
  row: ParticipantRow;
}

/** Issues a new participant token; only its SHA-256 is stored. */
async function mintToken(db: Queryable, participantId: string): Promise<string> {
  const token = newParticipantToken();
  await insertToken(db, participantId, sha256(token));
  return token;
}

async function provenToken(
  ctx: AppContext,
  db: Queryable,
  row: ParticipantRow,
  auth: JoinAuth,
): Promise<string | null> {
  const { identity } = auth;
  if (identity.token !== null) {
    // A stale token (say, from a reset database) must not block joining again: it just proves nothing.
    const owner = await authenticateParticipant(ctx, { token: identity.token, email: null, signature: null }, db).catch(
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
  return mintToken(db, row.id);
}

async function findReferrer(ctx: AppContext, db: Queryable, input: JoinInput) {
  if (input.referredBy) {
    const ref = await ctx.referrers.get(db, input.referredBy);
    if (ref) return ref;
  }
  if (input.clickId) {
    const click = await clickByClickId(db, input.clickId);
    if (click) return ctx.referrers.get(db, click.code);
  }
  return null;
}

/**
 * Enrols a participant, or answers the existing one for a known email (with a token only when the
 * request proves it is them). An unknown `referredBy` is ignored; a self-referral is kept, flagged.
 * A join with an idempotency key that was used within 24 hours answers as that first join did.
 */
export async function join(ctx: AppContext, input: JoinInput, auth: JoinAuth) {
  const verdict = ctx.limits.joins.hit(auth.ip);
  if (!verdict.allowed) {
    throw new RujukError('rate_limited', `Too many joins from this address; retry in ${verdict.retryAfter} s.`, {
      retryAfter: verdict.retryAfter,
    });
  }
  const { response, created, row } = input.idempotencyKey
    ? await joinOnce(ctx, input, input.idempotencyKey, auth)
    : await ctx.db.transaction((tx) => enrol(ctx, tx, input, auth));
  // Only once the participant is committed: the cache must never name one a rolled-back join made.
  if (created) ctx.referrers.remember({ id: row.id, code: row.code, email: row.email, visitorId: row.visitor_id });
  return { response, created };
}

async function enrol(ctx: AppContext, db: Queryable, input: JoinInput, auth: JoinAuth): Promise<Joined> {
  const existing = await participantByEmail(db, input.email);
  if (existing) return answerExisting(ctx, db, existing, auth);
  const referrer = await findReferrer(ctx, db, input);
  const self = referrer && isSelfReferral(input, { email: referrer.email, visitorId: referrer.visitorId });
  const row = await insertParticipant(db, {
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
    const raced = await participantByEmail(db, input.email);
    if (!raced) throw new Error(`participant ${input.email} vanished after a conflicting insert`);
    return answerExisting(ctx, db, raced, auth);
  }
  const token = await mintToken(db, row.id);
  const participant = toParticipant(row, ctx.config, true);
  await emitEvent(db, 'participant.created', { participant });
  return { response: { participant, token, created: true }, created: true, row };
}

async function answerExisting(ctx: AppContext, db: Queryable, row: ParticipantRow, auth: JoinAuth): Promise<Joined> {
  const token = await provenToken(ctx, db, row, auth);
  const response: JoinResponse = {
    participant: toParticipant(row, ctx.config, token !== null || auth.secret),
    token,
    created: false,
  };
  return { response, created: false, row };
}

/**
 * A join with an idempotency key, in one transaction: the first request with the key joins as any
 * other and leaves the key behind (hashed); for 24 hours a repeat answers as that first join did.
 */
function joinOnce(ctx: AppContext, input: JoinInput, key: string, auth: JoinAuth): Promise<Joined> {
  const keyHash = sha256(key);
  return ctx.db.transaction(async (tx) => {
    // A retry sent while the first attempt still runs waits for it here, then answers as it did,
    // rather than finding the email already joined and answering without a token.
    await lockJoinKey(tx, keyHash);
    const known = await joinKeyByHash(tx, keyHash);
    if (known) return replay(ctx, tx, known, input, key, auth);
    const joined = await enrol(ctx, tx, input, auth);
    await saveJoinKey(tx, {
      keyHash,
      participantId: joined.row.id,
      created: joined.created,
      tokenIssued: joined.response.token !== null,
    });
    return joined;
  });
}

async function replay(
  ctx: AppContext,
  db: Queryable,
  known: JoinKeyRow,
  input: JoinInput,
  key: string,
  auth: JoinAuth,
): Promise<Joined> {
  const row = await participantById(db, known.participant_id);
  if (!row) throw new Error(`participant ${known.participant_id} of a join key vanished`);
  // Holding the key is the proof a repeat needs, and it reveals nothing: the client that sent the
  // first join chose it at random and sends it nowhere else, the database keeps only its hash, and
  // that client was already given a token (or proved who it is), so a fresh token tells it nothing
  // new. Anyone else would have to guess the key; the 409 below answers only a request that holds
  // it, and never says which email the key was used with.
  if (row.email !== input.email) {
    throw new RujukError(
      'idempotency_conflict',
      `The idempotency key "${key}" was already used to join with another email; use a new key for each email.`,
    );
  }
  // Tokens are stored hashed, so the first one cannot be answered again: the repeat gets a new one.
  // A first join that answered no token answers none again unless this request proves who it is.
  const token = known.token_issued ? await mintToken(db, row.id) : await provenToken(ctx, db, row, auth);
  const response: JoinResponse = {
    participant: toParticipant(row, ctx.config, token !== null || auth.secret),
    token,
    created: known.created,
  };
  return { response, created: known.created, row };
}
