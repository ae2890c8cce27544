import type { Hono } from 'hono';
import type { ServerEnv } from '../http/env.js';
import { problemResponse } from '../http/problem.js';
import type { AppContext } from '../services/app-context.js';
import { ADMIN_CHALLENGE, checkAdminAuth } from './admin-auth.js';
import { loadAdminData } from './admin-data.js';
import { renderAdmin } from './render-admin.js';

// No scripts at all, inline styles only, never framed, never cached: the page shows customer data.
const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

/** Registers `GET /admin`: the read-only admin page, behind HTTP Basic auth with the secret key as password. */
export function registerAdmin(app: Hono<ServerEnv>, ctx: AppContext): void {
  app.get('/admin', async (c) => {
    try {
      checkAdminAuth(c.req.header('authorization'), ctx.keys);
    } catch (error) {
      return problemResponse(error, new Headers({ 'www-authenticate': ADMIN_CHALLENGE, 'cache-control': 'no-store' }));
    }
    const data = await loadAdminData(ctx.db);
    return c.body(String(await renderAdmin(ctx.config.program.name, data)), 200, HEADERS);
  });
}
