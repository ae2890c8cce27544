import type { Reward } from '@rujuk/protocol';
import type { Queryable } from '../db/database.js';
import { iso, json } from '../store/rows.js';

/** How many of the newest rows each table of the admin page shows. */
export const ADMIN_ROWS = 100;

/** One row of a table on the admin page: plain values, escaped when rendered. */
export type AdminRow = Record<string, string | number | boolean | null>;

/** Everything the admin page shows, newest first. */
export interface AdminData {
  totals: { participants: number; clicks: number; conversions: number; grants: number; flagged: number };
  participants: AdminRow[];
  clicks: AdminRow[];
  conversions: AdminRow[];
  grants: AdminRow[];
  flagged: AdminRow[];
}

type Raw = Record<string, unknown>;

const money = (amount: unknown, currency: unknown): string | null =>
  amount === null || amount === undefined ? null : `${(Number(amount) / 100).toFixed(2)} ${currency ?? ''}`.trim();

/** Reads the newest participants, clicks, conversions, grants and flagged records for the admin page. */
export async function loadAdminData(db: Queryable): Promise<AdminData> {
  const limit = [ADMIN_ROWS];
  const [counts] = await db.query<Raw>(
    `SELECT (SELECT count(*) FROM participants) AS participants, (SELECT count(*) FROM clicks) AS clicks,
            (SELECT count(*) FROM conversions) AS conversions, (SELECT count(*) FROM reward_grants) AS grants,
            (SELECT count(*) FROM participants WHERE flag_reason IS NOT NULL)
              + (SELECT count(*) FROM clicks WHERE flag_reason IS NOT NULL)
              + (SELECT count(*) FROM conversions WHERE flag_reason IS NOT NULL OR status = 'flagged') AS flagged`,
  );
  const participants = await db.query<Raw>(
    `SELECT p.code, p.name, p.email, p.referred_by, p.flag_reason, p.created_at,
            (SELECT count(*) FROM clicks c WHERE c.participant_id = p.id AND c.flag_reason IS NULL) AS clicks
       FROM participants p ORDER BY p.seq DESC LIMIT $1`,
    limit,
  );
  const clicks = await db.query<Raw>(
    `SELECT code, click_id, url, referrer, flag_reason, created_at FROM clicks ORDER BY seq DESC LIMIT $1`,
    limit,
  );
  const conversions = await db.query<Raw>(
    `SELECT event, source, status, flag_reason, referrer_code, customer_email, customer_external_id, amount, currency,
            order_id, idempotency_key, qualifying, created_at
       FROM conversions ORDER BY seq DESC LIMIT $1`,
    limit,
  );
  const grants = await db.query<Raw>(
    `SELECT g.side, g.status, g.reward, g.tier_id, g.created_at, r.code AS referrer_code,
            coalesce(p.email, g.friend_key) AS receiver, c.order_id, c.event
       FROM reward_grants g
       JOIN participants r ON r.id = g.referrer_id
       LEFT JOIN participants p ON p.id = g.participant_id
       JOIN conversions c ON c.id = g.conversion_id
      ORDER BY g.seq DESC LIMIT $1`,
    limit,
  );
  const flagged = await db.query<Raw>(
    `SELECT * FROM (
       SELECT 'participant' AS kind, code AS subject, flag_reason AS reason, created_at FROM participants
        WHERE flag_reason IS NOT NULL
       UNION ALL
       SELECT 'click', code || ' · ' || click_id, flag_reason, created_at FROM clicks WHERE flag_reason IS NOT NULL
       UNION ALL
       SELECT 'conversion', event || ' · ' || idempotency_key, coalesce(flag_reason, 'review'), created_at
         FROM conversions WHERE flag_reason IS NOT NULL OR status = 'flagged'
     ) AS f ORDER BY created_at DESC LIMIT $1`,
    limit,
  );
  const when = (row: Raw) => iso(row.created_at as Date);
  return {
    totals: {
      participants: Number(counts?.participants ?? 0),
      clicks: Number(counts?.clicks ?? 0),
      conversions: Number(counts?.conversions ?? 0),
      grants: Number(counts?.grants ?? 0),
      flagged: Number(counts?.flagged ?? 0),
    },
    participants: participants.map((row) => ({
      code: row.code as string,
      name: row.name as string | null,
      email: row.email as string,
      'referred by': row.referred_by as string | null,
      clicks: Number(row.clicks),
      flag: row.flag_reason as string | null,
      joined: when(row),
    })),
    clicks: clicks.map((row) => ({
      code: row.code as string,
      'click id': row.click_id as string,
      'landing URL': row.url as string | null,
      referrer: row.referrer as string | null,
      flag: row.flag_reason as string | null,
      at: when(row),
    })),
    conversions: conversions.map((row) => ({
      event: row.event as string,
      source: row.source as string,
      status: row.status as string,
      flag: row.flag_reason as string | null,
      referrer: row.referrer_code as string | null,
      customer: (row.customer_email ?? row.customer_external_id) as string | null,
      amount: money(row.amount, row.currency),
      order: row.order_id as string | null,
      'idempotency key': row.idempotency_key as string,
      qualifying: row.qualifying as boolean,
      at: when(row),
    })),
    grants: grants.map((row) => ({
      side: row.side as string,
      status: row.status as string,
      reward: json<Reward>(row.reward as Reward | string).description,
      receiver: row.side === 'referrer' ? (row.referrer_code as string) : String(row.receiver).replace(/^email:/, ''),
      referrer: row.referrer_code as string,
      for: row.tier_id ? `tier ${row.tier_id}` : `${row.event}${row.order_id ? ` ${row.order_id}` : ''}`,
      at: when(row),
    })),
    flagged: flagged.map((row) => ({
      kind: row.kind as string,
      record: row.subject as string,
      reason: row.reason as string,
      at: when(row),
    })),
  };
}
