import type { Queryable } from '../db/database.js';

const TABLES = [
  'api_keys',
  'participants',
  'participant_tokens',
  'join_keys',
  'clicks',
  'conversions',
  'reward_grants',
];

/** Row count and content hash of one table. */
export interface TableState {
  rows: number;
  hash: string;
}

/**
 * Every table's row count and a hash of all its rows, to prove a refused request changed nothing.
 * Rows are hashed as PostgreSQL prints them, sorted, so the hash ignores physical order.
 */
export async function dbSnapshot(db: Queryable): Promise<Record<string, TableState>> {
  const out: Record<string, TableState> = {};
  for (const table of TABLES) {
    const [row] = await db.query<{ rows: number; hash: string | null }>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS hash FROM ${table} t`,
    );
    out[table] = { rows: row?.rows ?? 0, hash: row?.hash ?? '' };
  }
  return out;
}
