import type { ConversionStatus, FlagReason } from '@rujuk/protocol';
import type { Queryable } from '../db/database.js';
import { isStorableText } from '../validation/storable-text.js';
import type { PageRequest } from './page.js';
import type { ConversionRow } from './rows.js';

/** What a new conversion is stored with. */
export interface NewConversion {
  id: string;
  idempotencyKey: string;
  bodyHash: string;
  event: string;
  source: 'client' | 'server';
  status: ConversionStatus;
  flagReason: FlagReason | null;
  referrerId: string | null;
  referrerCode: string | null;
  clickId: string | null;
  customerEmail: string | null;
  customerExternalId: string | null;
  friendKey: string;
  amount: number | null;
  currency: string | null;
  orderId: string | null;
  metadata: Record<string, unknown> | null;
  visitorId: string | null;
  qualifying: boolean;
}

const COLUMNS = `seq, id, idempotency_key, body_hash, event, source, status, flag_reason, referrer_id, referrer_code,
  click_id, customer_email, customer_external_id, friend_key, amount, currency, order_id, qualifying, created_at`;

/** Stores a conversion unless its idempotency key is taken; answers the new row or `null`. */
export async function insertConversion(db: Queryable, c: NewConversion): Promise<ConversionRow | null> {
  const rows = await db.query<ConversionRow>(
    `INSERT INTO conversions (id, idempotency_key, body_hash, event, source, status, flag_reason, referrer_id,
       referrer_code, click_id, customer_email, customer_external_id, friend_key, amount, currency, order_id,
       metadata, visitor_id, qualifying)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb, $18, $19)
     ON CONFLICT (source, idempotency_key) DO NOTHING RETURNING ${COLUMNS}`,
    [
      c.id,
      c.idempotencyKey,
      c.bodyHash,
      c.event,
      c.source,
      c.status,
      c.flagReason,
      c.referrerId,
      c.referrerCode,
      c.clickId,
      c.customerEmail,
      c.customerExternalId,
      c.friendKey,
      c.amount,
      c.currency,
      c.orderId,
      c.metadata === null ? null : JSON.stringify(c.metadata),
      c.visitorId,
      c.qualifying,
    ],
  );
  return rows[0] ?? null;
}

/** Finds a conversion by idempotency key among those of one source: claims and facts keep separate keys. */
export async function conversionByKey(
  db: Queryable,
  key: string,
  source: 'client' | 'server',
): Promise<ConversionRow | null> {
  const rows = await db.query<ConversionRow>(
    `SELECT ${COLUMNS} FROM conversions WHERE source = $2 AND idempotency_key = $1`,
    [key, source],
  );
  return rows[0] ?? null;
}

/** Finds a conversion by id and locks it for the rest of the transaction. */
export async function conversionForUpdate(db: Queryable, id: string): Promise<ConversionRow | null> {
  // An id no column can hold names no record; asking the database would only make it fail.
  if (!isStorableText(id)) return null;
  const rows = await db.query<ConversionRow>(`SELECT ${COLUMNS} FROM conversions WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0] ?? null;
}

/**
 * Live (not refunded) conversions that already reported the same thing, locked: this event for
 * this order, or, from the other source, this idempotency key.
 */
export async function liveSameConversions(
  db: Queryable,
  c: { event: string; orderId: string | null; idempotencyKey: string; source: 'client' | 'server' },
): Promise<ConversionRow[]> {
  return db.query<ConversionRow>(
    `SELECT ${COLUMNS} FROM conversions WHERE status <> 'refunded'
       AND ((event = $1 AND order_id = $2) OR (idempotency_key = $3 AND source <> $4))
     ORDER BY seq FOR UPDATE`,
    [c.event, c.orderId, c.idempotencyKey, c.source],
  );
}

/** Marks a conversion flagged with a reason and answers the updated row. */
export async function flagConversion(db: Queryable, id: string, reason: FlagReason): Promise<ConversionRow> {
  const rows = await db.query<ConversionRow>(
    `UPDATE conversions SET status = 'flagged', flag_reason = $2, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, reason],
  );
  return rows[0]!;
}

/** Moves a conversion to a new status and answers the updated row. */
export async function setConversionStatus(db: Queryable, id: string, status: ConversionStatus): Promise<ConversionRow> {
  const rows = await db.query<ConversionRow>(
    `UPDATE conversions SET status = $2, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, status],
  );
  return rows[0]!;
}

/** Distinct friends with a live qualifying conversion for a referrer: the count tiers use. */
export async function tierCount(db: Queryable, referrerId: string): Promise<number> {
  const rows = await db.query<{ n: number | string }>(
    `SELECT COUNT(DISTINCT friend_key) AS n FROM conversions
     WHERE referrer_id = $1 AND qualifying AND status IN ('pending', 'approved')`,
    [referrerId],
  );
  return Number(rows[0]?.n ?? 0);
}

/** One page of conversions, optionally filtered. */
export async function listConversions(
  db: Queryable,
  filter: {
    orderId?: string | undefined;
    idempotencyKey?: string | undefined;
    referrerCode?: string | undefined;
    status?: string | undefined;
  },
  page: PageRequest,
): Promise<ConversionRow[]> {
  return db.query<ConversionRow>(
    `SELECT ${COLUMNS} FROM conversions
     WHERE seq > $1 AND ($2::text IS NULL OR order_id = $2) AND ($3::text IS NULL OR idempotency_key = $3)
       AND ($4::text IS NULL OR referrer_code = $4) AND ($5::text IS NULL OR status = $5)
     ORDER BY seq LIMIT $6`,
    [
      page.after,
      filter.orderId ?? null,
      filter.idempotencyKey ?? null,
      filter.referrerCode ?? null,
      filter.status ?? null,
      page.limit + 1,
    ],
  );
}
