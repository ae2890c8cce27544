import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../http/create-app.js';
import { seedDemo } from '../seed/seed-demo.js';
import { resolveWebhookOptions } from '../webhooks/webhook-options.js';
import { createContext } from './create-context.js';
import { resolveOptions, type StartServerOptions } from './options.js';
import { answerClientError, answerUnreadableRequest, requireHost } from './unreadable-requests.js';

/** A started server. */
export interface RunningServer {
  /** Base URL without `/v1`, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  keys: { publishableKey: string; secretKey: string };
  /** Stops accepting requests, ends open connections and closes the database. */
  close(): Promise<void>;
}

/**
 * Starts the reference backend: validates options and config, opens and migrates the database,
 * optionally seeds demo data, and listens.
 * @example const server = await startServer({ port: 0 }); console.log(server.url); await server.close();
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const resolved = resolveOptions(options);
  const ctx = await createContext(resolved);
  try {
    if (resolved.seed) await seedDemo(ctx);
    const app = createApp(ctx, { logger: resolved.logger, trustProxy: resolved.trustProxy });
    if (resolveWebhookOptions(resolved.webhooks).deliver) ctx.webhooks.start();
    const listener = getRequestListener(app.fetch, { hostname: resolved.host, errorHandler: answerUnreadableRequest });
    const server = await new Promise<Server>((resolve, reject) => {
      const http = createServer({ requireHostHeader: false }, requireHost(listener));
      http.on('clientError', answerClientError);
      http.once('listening', () => resolve(http));
      http.once('error', reject);
      http.listen(resolved.port, resolved.host);
    });
    const port = (server.address() as AddressInfo).port;
    const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
      port,
      keys: { publishableKey: ctx.keys.publishableKey, secretKey: ctx.keys.secretKey },
      close() {
        closing ??= new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        })
          .then(() => ctx.webhooks.close())
          .then(() => ctx.db.close());
        return closing;
      },
    };
  } catch (error) {
    await ctx.webhooks.close();
    await ctx.db.close().catch(() => {});
    throw error;
  }
}
