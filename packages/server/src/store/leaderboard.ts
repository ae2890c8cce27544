import type { Queryable } from '../db/database.js';

/** One ranked referrer as the database answers it. */
export interface RankedRow {
  id: string;
  name: string | null;
  email: string;
  conversions: number | string;
  rank: number | string;
}

/**
 * Ranks referrers by live qualifying conversions (ties: who got there first), answering the top
 * `limit` rows plus the row of `meId` wherever it ranks.
 */
export async function rankReferrers(db: Queryable, limit: number, meId: string | null): Promise<RankedRow[]> {
  return db.query<RankedRow>(
    `WITH ranked AS (
       SELECT p.id, p.name, p.email, COUNT(c.id) AS conversions,
              ROW_NUMBER() OVER (ORDER BY COUNT(c.id) DESC, MAX(c.seq) ASC) AS rank
       FROM conversions c JOIN participants p ON p.id = c.referrer_id
       WHERE c.qualifying AND c.status IN ('pending', 'approved')
       GROUP BY p.id, p.name, p.email
     )
     SELECT id, name, email, conversions, rank FROM ranked
     WHERE rank <= $1 OR id = $2 ORDER BY rank`,
    [limit, meId],
  );
}

/** How many referrers have at least one live qualifying conversion. */
export async function rankedCount(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: number | string }>(
    `SELECT COUNT(DISTINCT referrer_id) AS n FROM conversions
     WHERE referrer_id IS NOT NULL AND qualifying AND status IN ('pending', 'approved')`,
  );
  return Number(rows[0]?.n ?? 0);
}
