import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of `@rujuk/server`'s `startServer` answer the in-process conformance run uses. */
export interface ReferenceServer {
  url: string;
  keys: { publishableKey: string; secretKey: string };
  close(): Promise<void>;
}

/** The retry schedule the reference server runs with here, so the webhooks group sees retries within seconds. */
const WEBHOOKS = { retrySchedule: [100, 200, 400, 800, 1600], pollIntervalMs: 50 };

/**
 * Starts the built reference server of this repository on a free port, in-memory embedded database,
 * no rate limits, and webhook retries after 0.1 to 1.6 s.
 * Loaded by path rather than as a dependency: `@rujuk/server` depends on this package, and a
 * dependency back would be a workspace cycle that `pnpm -r build` refuses.
 */
export async function startReferenceServer(): Promise<ReferenceServer> {
  const entry = fileURLToPath(new URL('../../../server/dist/index.js', import.meta.url));
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing; run \`pnpm --filter @rujuk/server build\` first.`);
  }
  const server = (await import(pathToFileURL(entry).href)) as {
    startServer(options: { port: number; rateLimits: false; webhooks: typeof WEBHOOKS }): Promise<ReferenceServer>;
  };
  // The server falls back to DATABASE_URL; hide it so this run always uses a fresh embedded database.
  const { DATABASE_URL } = process.env;
  delete process.env.DATABASE_URL;
  try {
    return await server.startServer({ port: 0, rateLimits: false, webhooks: WEBHOOKS });
  } finally {
    if (DATABASE_URL !== undefined) process.env.DATABASE_URL = DATABASE_URL;
  }
}
