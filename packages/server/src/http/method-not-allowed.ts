import type { Hono, MiddlewareHandler } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { RujukError } from '../errors/rujuk-error.js';
import type { ServerEnv } from './env.js';
import { problemResponse } from './problem.js';

// Allow lists reads before writes, whatever order the routes were registered in.
const ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * Turns the `404` of a known path called with a method it does not serve into `405
 * method_not_allowed`, with `Allow` read from the routes registered on the app. Hono adds `HEAD`
 * wherever `GET` is served; `Allow` leaves it out and names the methods `openapi.json` documents.
 */
export function answerMethodNotAllowed(app: Hono<ServerEnv>): MiddlewareHandler<ServerEnv> {
  return methodNotAllowed<ServerEnv>({
    app,
    onMethodNotAllowed: (c, methods) => {
      const allow = methods.filter((method) => method !== 'HEAD').sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
      const path = new URL(c.req.url).pathname;
      return problemResponse(new RujukError('method_not_allowed', `Use ${allow.join(' or ')} on ${path}.`, { allow }));
    },
  });
}
