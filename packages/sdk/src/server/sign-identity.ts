import { createHmac } from 'node:crypto';
import type { SignedIdentity } from '../session/create-session.js';

/** Signs an email the way the backend checks `X-Rujuk-Signature`: hex HMAC-SHA256 of the trimmed, lower-cased email. */
export function signIdentity(secretKey: string, email: string): SignedIdentity {
  const normalised = String(email).trim().toLowerCase();
  return { email: normalised, signature: createHmac('sha256', secretKey).update(normalised).digest('hex') };
}
