import type { FlagReason } from '@rujuk/protocol';
import type { Queryable } from '../db/database.js';
import { newId } from '../ids/random.js';
import { candidateCode, codeStem } from '../ids/referral-code.js';
import { isStorableText } from '../validation/storable-text.js';
import type { PageRequest } from './page.js';
import type { ParticipantRow } from './rows.js';

/** What a new participant is stored with. */
export interface NewParticipant {
  /** A wanted code (demo data); a random one is generated when omitted or taken. */
  code?: string;
  email: string;
  name: string | null;
  referredBy: string | null;
  referrerId: string | null;
  clickId: string | null;
  locale: string | null;
  visitorId: string | null;
  flagReason: FlagReason | null;
}

const COLUMNS =
  'seq, id, code, email, name, referred_by, referrer_id, click_id, locale, visitor_id, flag_reason, created_at';

/**
 * Stores a participant under a fresh unique code; answers `null` when the email joined meanwhile,
 * so a race between two joins of one email leaves exactly one participant.
 */
export async function insertParticipant(db: Queryable, input: NewParticipant): Promise<ParticipantRow | null> {
  const stem = codeStem(input.name, input.email);
  for (let attempt = 0; attempt <= 20; attempt++) {
    // DO NOTHING on any unique column rather than catching the violation, which would abort the
    // transaction a keyed join runs in; the email then tells a joined email from a taken code.
    const rows = await db.query<ParticipantRow>(
      `INSERT INTO participants (id, code, email, name, referred_by, referrer_id, click_id, locale, visitor_id, flag_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [
        newId('par'),
        attempt === 0 && input.code ? input.code : candidateCode(stem, attempt),
        input.email,
        input.name,
        input.referredBy,
        input.referrerId,
        input.clickId,
        input.locale,
        input.visitorId,
        input.flagReason,
      ],
    );
    if (rows[0]) return rows[0];
    if (await participantByEmail(db, input.email)) return null;
  }
  throw new Error(`no free referral code for the stem ${stem} after 21 attempts`);
}

/** Finds a participant by lower-cased email. */
export async function participantByEmail(db: Queryable, email: string): Promise<ParticipantRow | null> {
  const rows = await db.query<ParticipantRow>(`SELECT ${COLUMNS} FROM participants WHERE email = $1`, [email]);
  return rows[0] ?? null;
}

/** Finds a participant by canonical (upper-case) code. */
export async function participantByCode(db: Queryable, code: string): Promise<ParticipantRow | null> {
  const rows = await db.query<ParticipantRow>(`SELECT ${COLUMNS} FROM participants WHERE code = $1`, [code]);
  return rows[0] ?? null;
}

/** Finds a participant by id. */
export async function participantById(db: Queryable, id: string): Promise<ParticipantRow | null> {
  // An id no column can hold names no record; asking the database would only make it fail.
  if (!isStorableText(id)) return null;
  const rows = await db.query<ParticipantRow>(`SELECT ${COLUMNS} FROM participants WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

/** Finds the participant a token (by its SHA-256) belongs to. */
export async function participantByTokenHash(db: Queryable, tokenHash: string): Promise<ParticipantRow | null> {
  const rows = await db.query<ParticipantRow>(
    `SELECT ${COLUMNS.replace(/(\w+)/g, 'p.$1')} FROM participant_tokens t JOIN participants p ON p.id = t.participant_id
     WHERE t.token_hash = $1`,
    [tokenHash],
  );
  return rows[0] ?? null;
}

/** Stores the SHA-256 of a new participant token. */
export async function insertToken(db: Queryable, participantId: string, tokenHash: string): Promise<void> {
  await db.query('INSERT INTO participant_tokens (token_hash, participant_id) VALUES ($1, $2)', [
    tokenHash,
    participantId,
  ]);
}

/** One page of participants, optionally filtered by email or code. */
export async function listParticipants(
  db: Queryable,
  filter: { email?: string | undefined; code?: string | undefined },
  page: PageRequest,
): Promise<ParticipantRow[]> {
  return db.query<ParticipantRow>(
    `SELECT ${COLUMNS} FROM participants
     WHERE seq > $1 AND ($2::text IS NULL OR email = $2) AND ($3::text IS NULL OR code = $3)
     ORDER BY seq LIMIT $4`,
    [page.after, filter.email ?? null, filter.code ?? null, page.limit + 1],
  );
}
