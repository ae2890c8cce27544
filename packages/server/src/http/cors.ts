import type { MiddlewareHandler } from 'hono';
import { RujukError } from '../errors/rujuk-error.js';
import { problemResponse } from './problem.js';

const ALLOW_HEADERS = 'authorization, content-type, x-rujuk-token, x-rujuk-email, x-rujuk-signature';

/**
 * Answers preflights for allowed origins and adds `Access-Control-Allow-Origin` to every answer
 * they get, errors included, so browser clients can read problem details.
 */
export function cors(originAllowed: (origin: string) => boolean): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && originAllowed(origin);
    if (c.req.method === 'OPTIONS') {
      const headers = new Headers({ vary: 'Origin' });
      if (!allowed) {
        const error = new RujukError(
          'origin_not_allowed',
          `The origin ${origin ?? '(none)'} may not call this API; add it to allowedOrigins in the program config.`,
        );
        return problemResponse(error, headers);
      }
      headers.set('access-control-allow-origin', origin);
      headers.set('access-control-allow-methods', 'GET, POST, OPTIONS');
      headers.set('access-control-allow-headers', ALLOW_HEADERS);
      headers.set('access-control-max-age', '86400');
      return new Response(null, { status: 204, headers });
    }
    await next();
    c.res.headers.append('vary', 'Origin');
    if (allowed) {
      c.res.headers.set('access-control-allow-origin', origin);
      c.res.headers.set('access-control-expose-headers', 'retry-after');
    }
  };
}
