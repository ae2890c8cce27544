import { RujukError } from '../errors/rujuk-error.js';
import type { KeyRing } from '../services/key-ring.js';

/** The `WWW-Authenticate` challenge that makes a browser ask for the user name and password. */
export const ADMIN_CHALLENGE = 'Basic realm="Rujuk admin", charset="UTF-8"';

/**
 * Checks HTTP Basic credentials: any user name, the secret key as the password. Basic auth keeps
 * the key out of URLs, logs and history, and needs no session store; throws `missing_key` or
 * `invalid_key` otherwise.
 */
export function checkAdminAuth(header: string | undefined, keys: KeyRing): void {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) {
    throw new RujukError('missing_key', 'Sign in with any user name and the secret key (sk_…) as the password.');
  }
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const password = decoded.slice(decoded.indexOf(':') + 1);
  if (!password || !keys.isSecret(password)) {
    throw new RujukError('invalid_key', 'That password is not the secret key of this backend; use the sk_… key.');
  }
}
