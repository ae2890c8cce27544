import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of `@rujuk/server`'s `startServer` answer the in-process conformance run uses. */
export interface ReferenceServer {
  url: string;
  keys: { publishableKey: string; secretKey: string };
  close(): Promise<void>;
}

/**
 * Starts the built reference server of this repository on a free port, in-memory embedded database, no rate limits.
 * Loaded by path rather than as a dependency: `@rujuk/server` depends on this package, and a
 * dependency back would be a workspace cycle that `pnpm -r build` refuses.
 */
export async function startReferenceServer(): Promise<ReferenceServer> {
  const entry = fileURLToPath(new URL('../../../server/dist/index.js', import.meta.url));
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing; run \`pnpm --filter @rujuk/server build\` first.`);
  }
  const server = (await import(pathToFileURL(entry).href)) as {
    startServer(options: { port: number; rateLimits: false }): Promise<ReferenceServer>;
  };
  // The server falls back to DATABASE_URL; hide it so this run always uses a fresh embedded database.
  const { DATABASE_URL } = process.env;
  delete process.env.DATABASE_URL;
  try {
    return await server.startServer({ port: 0, rateLimits: false });
  } finally {
    if (DATABASE_URL !== undefined) process.env.DATABASE_URL = DATABASE_URL;
  }
}
