import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoProgram, type RunningServer, startServer } from '@rujuk/server';

/** The reference backend on an embedded database kept on disk, so it can stop and start again. */
export interface RestartableBackend {
  url: string;
  keys: { publishableKey: string; secretKey: string };
  /** Stops the server (open connections cut), waits `downMs`, starts it again on the same port and data. */
  restart(downMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the backend on a fresh data directory; rate limits off, so every refusal is a fault. */
export async function startRestartableBackend(): Promise<RestartableBackend> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rujuk-soak-'));
  const config = { ...demoProgram, allowedOrigins: ['http://*.test:*'] };
  let server: RunningServer = await startServer({ port: 0, dataDir, rateLimits: false, config });
  const { port, keys, url } = server;
  return {
    url,
    keys,
    async restart(downMs) {
      await server.close();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      server = await startServer({ port, dataDir, keys, rateLimits: false, config });
    },
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
