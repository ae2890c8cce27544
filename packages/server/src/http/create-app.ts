import { LOG_PREFIX } from '@rujuk/contract';
import { Hono } from 'hono';
import { registerAdmin } from '../admin/register-admin.js';
import { compileOrigins } from '../config/origin-pattern.js';
import { isRujukError, RujukError } from '../errors/rujuk-error.js';
import type { AppContext } from '../services/app-context.js';
import { clientAddressFrom, type TrustProxy } from './client-address.js';
import { cors } from './cors.js';
import type { ServerEnv } from './env.js';
import { answerMethodNotAllowed } from './method-not-allowed.js';
import { problemResponse } from './problem.js';
import { registerRoutes } from './routes.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** Print one line per request to stderr. @default false */
  logger?: boolean;
  /**
   * Which proxies' `X-Forwarded-For` / `Forwarded` headers to believe for the client address.
   * @default false (the socket's peer address)
   */
  trustProxy?: TrustProxy;
}

/** Builds the Hono app serving the protocol on a ready context; `app.request()` works without a socket. */
export function createApp(ctx: AppContext, options: AppOptions = {}): Hono<ServerEnv> {
  const app = new Hono<ServerEnv>();
  const originAllowed = compileOrigins(ctx.config.allowedOrigins);
  if (options.logger) {
    app.use(async (c, next) => {
      const start = performance.now();
      await next();
      const ms = (performance.now() - start).toFixed(1);
      process.stderr.write(`${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${ms}ms\n`);
    });
  }
  const clientAddress = clientAddressFrom(options.trustProxy ?? false);
  app.use((c, next) => {
    c.set('clientAddress', clientAddress(c.env?.incoming?.socket?.remoteAddress, c.req.raw.headers));
    return next();
  });
  app.use(async (c, next) => {
    await next();
    // A write may have committed webhook events: send them now rather than at the next poll.
    if (c.req.method !== 'GET') ctx.webhooks.wake();
  });
  app.use(cors(originAllowed));
  app.use(answerMethodNotAllowed(app));
  registerRoutes(app, ctx, originAllowed);
  registerAdmin(app, ctx);
  app.notFound((c) =>
    problemResponse(
      new RujukError(
        'not_found',
        `There is no ${c.req.method} ${new URL(c.req.url).pathname}; see the protocol for the /v1 endpoints.`,
      ),
    ),
  );
  app.onError((error) => {
    if (!isRujukError(error)) process.stderr.write(`${LOG_PREFIX} ${error.stack ?? String(error)}\n`);
    return problemResponse(error);
  });
  return app;
}
