import type { Queryable } from '../db/database.js';

/** What the first join with an idempotency key answered. */
export interface JoinKeyRow {
  participant_id: string;
  created: boolean;
  token_issued: boolean;
}

/** What a join idempotency key is stored with. */
export interface NewJoinKey {
  /** SHA-256 of the key. */
  keyHash: string;
  participantId: string;
  created: boolean;
  tokenIssued: boolean;
}

// Any constant works: it keeps these locks apart from other two-part advisory locks (the migration lock has one part).
const JOIN_KEY_LOCKS = 7_245_852;

/** Takes the key's lock until the transaction ends, so requests with one key run one after the other. */
export async function lockJoinKey(db: Queryable, keyHash: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(${JOIN_KEY_LOCKS}, hashtext($1))`, [keyHash]);
}

/** The answer a key (by its SHA-256) was first used for, unless that was 24 hours ago or more. */
export async function joinKeyByHash(db: Queryable, keyHash: string): Promise<JoinKeyRow | null> {
  const rows = await db.query<JoinKeyRow>(
    `SELECT participant_id, created, token_issued FROM join_keys
     WHERE key_hash = $1 AND created_at > now() - interval '24 hours'`,
    [keyHash],
  );
  return rows[0] ?? null;
}

/**
 * Remembers what a key's first join answered, replacing a use of the key 24 hours old or more, and
 * drops the participant's other expired keys: besides the last day's, at most one key per participant stays.
 * Call it holding the key's lock, after {@link joinKeyByHash} found nothing.
 */
export async function saveJoinKey(db: Queryable, key: NewJoinKey): Promise<void> {
  await db.query(
    `INSERT INTO join_keys (key_hash, participant_id, created, token_issued) VALUES ($1, $2, $3, $4)
     ON CONFLICT (key_hash) DO UPDATE SET participant_id = EXCLUDED.participant_id, created = EXCLUDED.created,
       token_issued = EXCLUDED.token_issued, created_at = now()`,
    [key.keyHash, key.participantId, key.created, key.tokenIssued],
  );
  await db.query(
    `DELETE FROM join_keys WHERE participant_id = $1 AND key_hash <> $2 AND created_at <= now() - interval '24 hours'`,
    [key.participantId, key.keyHash],
  );
}
