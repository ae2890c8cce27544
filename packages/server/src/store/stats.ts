import type { Money, Stats } from '@rujuk/protocol';
import type { Queryable } from '../db/database.js';

/** Counts a referrer's clicks, friends, qualifying conversions and attributed purchase revenue. */
export async function statsFor(db: Queryable, participantId: string): Promise<Stats> {
  const [counts] = await db.query<{ clicks: number | string; signups: number | string; conversions: number | string }>(
    `SELECT
       (SELECT COUNT(*) FROM clicks WHERE participant_id = $1 AND flag_reason IS NULL) AS clicks,
       (SELECT COUNT(*) FROM (
          SELECT 'email:' || email AS friend FROM participants WHERE referrer_id = $1 AND flag_reason IS NULL
          UNION
          SELECT friend_key FROM conversions
          WHERE referrer_id = $1 AND event = 'signup' AND status IN ('pending', 'approved')
        ) AS friends) AS signups,
       (SELECT COUNT(*) FROM conversions
        WHERE referrer_id = $1 AND qualifying AND status IN ('pending', 'approved')) AS conversions`,
    [participantId],
  );
  const revenue = await db.query<{ currency: string; amount: number | string }>(
    `SELECT currency, SUM(amount) AS amount FROM conversions
     WHERE referrer_id = $1 AND event = 'purchase' AND amount IS NOT NULL AND currency IS NOT NULL
       AND status IN ('pending', 'approved')
     GROUP BY currency ORDER BY currency`,
    [participantId],
  );
  return {
    clicks: Number(counts?.clicks ?? 0),
    signups: Number(counts?.signups ?? 0),
    conversions: Number(counts?.conversions ?? 0),
    revenue: revenue.map((row): Money => ({ amount: Number(row.amount), currency: row.currency })),
  };
}
