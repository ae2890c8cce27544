import type { MiddlewareHandler } from 'hono';
import type { AppContext } from '../services/app-context.js';
import { authenticate, type Caller } from './authenticate.js';
import type { ServerEnv } from './env.js';

/** Route middleware that checks the API key a route needs and sets `c.var.caller`. */
export type RequireKey = (needed: Caller) => MiddlewareHandler<ServerEnv>;

/**
 * Builds `requireKey(needed)` for one app: put it before a route's handler so the key is checked
 * only once the path and method matched, which keeps an unknown path `404` and a wrong method `405`
 * whatever key came with them.
 */
export function keyChecks(ctx: AppContext, originAllowed: (origin: string) => boolean): RequireKey {
  return (needed) => (c, next) => {
    c.set('caller', authenticate(c, ctx, originAllowed, needed));
    return next();
  };
}
