import type { FlagReason, Utm } from '@rujuk/protocol';
import type { Queryable } from '../db/database.js';
import type { PageRequest } from './page.js';
import type { ClickRow } from './rows.js';

/** What a new click is stored with. */
export interface NewClick {
  clickId: string;
  code: string;
  participantId: string;
  url: string | null;
  referrer: string | null;
  utm: Utm;
  visitorId: string | null;
  flagReason: FlagReason | null;
}

/** The columns every click query reads. */
export const clickColumns =
  'seq, id, click_id, code, participant_id, url, referrer, utm, visitor_id, flag_reason, created_at';
const COLUMNS = clickColumns;
/** Finds a click by its client click id. */
export async function clickByClickId(db: Queryable, clickId: string): Promise<ClickRow | null> {
  const rows = await db.query<ClickRow>(`SELECT ${COLUMNS} FROM clicks WHERE click_id = $1`, [clickId]);
  return rows[0] ?? null;
}

/** One page of clicks, optionally filtered by code or click id. */
export async function listClicks(
  db: Queryable,
  filter: { code?: string | undefined; clickId?: string | undefined },
  page: PageRequest,
): Promise<ClickRow[]> {
  return db.query<ClickRow>(
    `SELECT ${COLUMNS} FROM clicks
     WHERE seq > $1 AND ($2::text IS NULL OR code = $2) AND ($3::text IS NULL OR click_id = $3)
     ORDER BY seq LIMIT $4`,
    [page.after, filter.code ?? null, filter.clickId ?? null, page.limit + 1],
  );
}
