import type { Queryable } from '../db/database.js';
import { newKeyPair, sha256 } from '../ids/random.js';

/** The program's API keys. */
export interface KeyPair {
  publishableKey: string;
  secretKey: string;
}

/** The live key pair, or `null` before the first start. */
export async function activeKeys(db: Queryable): Promise<KeyPair | null> {
  const rows = await db.query<{ publishable_key: string; secret_key: string }>(
    'SELECT publishable_key, secret_key FROM api_keys WHERE revoked_at IS NULL ORDER BY id DESC LIMIT 1',
  );
  const row = rows[0];
  return row ? { publishableKey: row.publishable_key, secretKey: row.secret_key } : null;
}

/** Revokes the live keys and stores a new pair. */
export async function rotateKeys(db: Queryable): Promise<KeyPair> {
  const keys = newKeyPair();
  await db.query('UPDATE api_keys SET revoked_at = now() WHERE revoked_at IS NULL');
  await db.query('INSERT INTO api_keys (publishable_key, secret_key, secret_hash) VALUES ($1, $2, $3)', [
    keys.publishableKey,
    keys.secretKey,
    sha256(keys.secretKey),
  ]);
  return keys;
}

/** The live key pair, created on first use. */
export async function ensureKeys(db: Queryable): Promise<KeyPair> {
  return (await activeKeys(db)) ?? rotateKeys(db);
}
