import type { Queryable } from '../db/database.js';
import { newId } from '../ids/random.js';
import type { PlannedGrant } from '../rewards/plan-grants.js';
import type { GrantRow, StoredFulfilment } from './rows.js';

const COLUMNS =
  'seq, id, side, status, reward, participant_id, referrer_id, friend_key, conversion_id, tier_id, fulfilment, fulfilled_at, created_at';

/** Who a conversion's grants go to. */
export interface GrantParties {
  conversionId: string;
  referrerId: string;
  friendKey: string;
  /** The friend's participant id, when the friend is a participant too. */
  friendId: string | null;
}

/**
 * Stores planned grants. A grant that a concurrent conversion already stored (same friend, or
 * same tier) is skipped by the partial unique indexes rather than granted twice.
 */
export async function insertGrants(db: Queryable, parties: GrantParties, planned: PlannedGrant[]): Promise<GrantRow[]> {
  const stored: GrantRow[] = [];
  for (const grant of planned) {
    const receiver = grant.side === 'friend' ? parties.friendId : parties.referrerId;
    const rows = await db.query<GrantRow>(
      `INSERT INTO reward_grants (id, side, status, reward, participant_id, referrer_id, friend_key, conversion_id, tier_id)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9)
       ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [
        newId('grt'),
        grant.side,
        grant.status,
        JSON.stringify(grant.reward),
        receiver,
        parties.referrerId,
        parties.friendKey,
        parties.conversionId,
        grant.tierId,
      ],
    );
    if (rows[0]) stored.push(rows[0]);
  }
  return stored;
}

/** Whether a referrer already gave this friend a live double-sided reward. */
export async function friendRewarded(db: Queryable, referrerId: string, friendKey: string): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM reward_grants
     WHERE referrer_id = $1 AND friend_key = $2 AND tier_id IS NULL AND status <> 'reversed' LIMIT 1`,
    [referrerId, friendKey],
  );
  return rows.length > 0;
}

/** Tier ids a referrer holds a live grant for. */
export async function heldTiers(db: Queryable, referrerId: string): Promise<Set<string>> {
  const rows = await db.query<{ tier_id: string }>(
    `SELECT tier_id FROM reward_grants WHERE referrer_id = $1 AND tier_id IS NOT NULL AND status <> 'reversed'`,
    [referrerId],
  );
  return new Set(rows.map((row) => row.tier_id));
}

/** Turns a conversion's pending grants into earned ones and answers them. */
export async function earnGrants(db: Queryable, conversionId: string): Promise<GrantRow[]> {
  return db.query<GrantRow>(
    `UPDATE reward_grants SET status = 'earned' WHERE conversion_id = $1 AND status = 'pending' RETURNING ${COLUMNS}`,
    [conversionId],
  );
}

/** A reversed grant and the status it had before, so only rewards the shop heard of are said to be reversed. */
export type ReversedGrantRow = GrantRow & { previous_status: GrantRow['status'] };

const REVERSE = (where: string) => `WITH live AS (
    SELECT id, status FROM reward_grants WHERE ${where} AND status <> 'reversed' FOR UPDATE
  )
  UPDATE reward_grants g SET status = 'reversed' FROM live WHERE g.id = live.id
  RETURNING ${COLUMNS.split(', ')
    .map((column) => `g.${column}`)
    .join(', ')}, live.status AS previous_status`;

/** Reverses a conversion's live grants and answers them. */
export async function reverseConversionGrants(db: Queryable, conversionId: string): Promise<ReversedGrantRow[]> {
  return db.query<ReversedGrantRow>(REVERSE('conversion_id = $1'), [conversionId]);
}

/** Reverses a referrer's live grants for the given tiers and answers them. */
export async function reverseTierGrants(
  db: Queryable,
  referrerId: string,
  tierIds: string[],
): Promise<ReversedGrantRow[]> {
  if (tierIds.length === 0) return [];
  return db.query<ReversedGrantRow>(REVERSE('referrer_id = $1 AND tier_id = ANY($2::text[])'), [referrerId, tierIds]);
}

/** A grant by id, locked for the rest of the transaction. */
export async function grantForUpdate(db: Queryable, id: string): Promise<GrantRow | null> {
  const rows = await db.query<GrantRow>(`SELECT ${COLUMNS} FROM reward_grants WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0] ?? null;
}

/** Marks an earned grant fulfilled with what the participant receives. */
export async function fulfilGrant(db: Queryable, id: string, fulfilment: StoredFulfilment): Promise<GrantRow> {
  const rows = await db.query<GrantRow>(
    `UPDATE reward_grants SET status = 'fulfilled', fulfilment = $2::jsonb, fulfilled_at = now()
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, JSON.stringify(fulfilment)],
  );
  return rows[0]!;
}

/** Grants a participant receives: as referrer, or as the friend (matched by email), newest first. */
export async function grantsFor(db: Queryable, participantId: string, email: string): Promise<GrantRow[]> {
  return db.query<GrantRow>(
    `SELECT ${COLUMNS} FROM reward_grants
     WHERE (participant_id = $1 AND side = 'referrer') OR (side = 'friend' AND (participant_id = $1 OR friend_key = $2))
     ORDER BY seq DESC LIMIT 200`,
    [participantId, `email:${email}`],
  );
}
