import type { Queryable } from '../db/database.js';
import { RujukError } from '../errors/rujuk-error.js';
import { sha256 } from '../ids/random.js';
import { participantByEmail, participantByTokenHash } from '../store/participants.js';
import type { ParticipantRow } from '../store/rows.js';
import type { AppContext } from './app-context.js';

/** The participant-identity headers of a request. */
export interface IdentityHeaders {
  token: string | null;
  email: string | null;
  signature: string | null;
}

const TOKEN = /^pt_[A-Za-z0-9]{32}$/;

/**
 * Resolves the participant a request proves to be: by `X-Rujuk-Token`, or by `X-Rujuk-Email` with
 * its HMAC signature. Answers `null` when no identity was sent; throws on a wrong one. `db` is an
 * open transaction when the caller runs in one.
 */
export async function authenticateParticipant(
  ctx: AppContext,
  headers: IdentityHeaders,
  db: Queryable = ctx.db,
): Promise<ParticipantRow | null> {
  if (headers.token !== null) {
    const row = TOKEN.test(headers.token) ? await participantByTokenHash(db, sha256(headers.token)) : null;
    if (!row)
      throw new RujukError('invalid_token', 'The X-Rujuk-Token is unknown or malformed; join again to get a new one.');
    return row;
  }
  if (headers.email === null && headers.signature === null) return null;
  if (headers.email === null || headers.signature === null) {
    throw new RujukError(
      'invalid_signature',
      'Send X-Rujuk-Email together with X-Rujuk-Signature (hex HMAC-SHA256 of the lower-cased email with the secret key).',
    );
  }
  if (!ctx.keys.verifySignature(headers.email, headers.signature)) {
    throw new RujukError(
      'invalid_signature',
      'X-Rujuk-Signature does not match X-Rujuk-Email; sign the trimmed, lower-cased email with HMAC-SHA256 and the secret key, hex-encoded.',
    );
  }
  const row = await participantByEmail(db, headers.email.trim().toLowerCase());
  if (!row) throw new RujukError('not_found', 'No participant has this email; join the program first.');
  return row;
}
