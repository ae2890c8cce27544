import type { Context } from 'hono';
import { RujukError } from '../errors/rujuk-error.js';
import type { AppContext } from '../services/app-context.js';

/** Which key a request carried. */
export type Caller = 'publishable' | 'secret';

function keyFrom(c: Context): string {
  const query = c.req.query('key');
  if (query?.startsWith('sk_')) {
    throw new RujukError(
      'secret_key_exposed',
      'A secret key was sent in the URL, where logs and browsers keep it; rotate it and send it only in the Authorization header from your server.',
    );
  }
  const header = c.req.header('authorization');
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new RujukError('invalid_key', 'The Authorization header must be "Bearer <key>".');
    return match[1]!;
  }
  if (query) return query;
  throw new RujukError(
    'missing_key',
    'No API key was sent; send "Authorization: Bearer pk_…" (or ?key=pk_… for beacons), or the secret key from a server.',
  );
}

/**
 * Checks the API key of a request. `needed: 'secret'` refuses the publishable key. Publishable
 * keys must come from an allowed origin; secret keys must never come with a browser `Origin`.
 */
export function authenticate(
  c: Context,
  ctx: AppContext,
  originAllowed: (o: string) => boolean,
  needed: Caller,
): Caller {
  const key = keyFrom(c);
  const origin = c.req.header('origin');
  if (key.startsWith('sk_')) {
    if (origin !== undefined) {
      throw new RujukError(
        'secret_key_exposed',
        'A secret key was sent from a browser (the request has an Origin header); rotate it and use the publishable key in browsers.',
      );
    }
    if (!ctx.keys.isSecret(key)) throw new RujukError('invalid_key', 'The secret key is not valid for this program.');
    return 'secret';
  }
  if (!key.startsWith('pk_') || !ctx.keys.isPublishable(key)) {
    throw new RujukError('invalid_key', 'The API key is not valid for this program; copy it from the server keys.');
  }
  if (needed === 'secret') {
    throw new RujukError('secret_key_required', 'This endpoint needs the secret key, sent from your server.');
  }
  if (origin !== undefined && !originAllowed(origin)) {
    throw new RujukError(
      'origin_not_allowed',
      `The origin ${origin} is not allowed to use this publishable key; add it to allowedOrigins in the program config.`,
    );
  }
  return 'publishable';
}
