import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BenchError } from '../errors.js';

/** A reference server running in a child process. */
export interface BackendProcess {
  url: string;
  publishableKey: string;
  secretKey: string;
  /** The child's user + system CPU time so far, ms. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

/** Where the server keeps its data for a run. */
export interface BackendProcessOptions {
  /** `postgres://…`; without it, the embedded database. */
  databaseUrl?: string;
  /** Folder of the embedded database; without it (and without `databaseUrl`), in memory. */
  dataDir?: string;
  /** Load the demo program's data (participant ANNA42 and friends). */
  seed?: boolean;
}

/** Starts `@rujuk/server` (built) in a child process on 127.0.0.1 with rate limits off. */
export async function startBackendProcess(options: BackendProcessOptions = {}): Promise<BackendProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(new URL('./serve.ts', import.meta.url))],
    {
      // The child watches its stdin: when this process dies, however it dies, the pipe closes and the server stops.
      stdio: ['pipe', 'pipe', 'inherit'],
      env: {
        ...process.env,
        BENCH_DATABASE_URL: options.databaseUrl ?? '',
        BENCH_DATA_DIR: options.dataDir ?? '',
        BENCH_SEED: options.seed ? '1' : '',
      },
    },
  );
  const waiting: ((line: Record<string, unknown>) => void)[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => waiting.shift()?.(JSON.parse(line)));
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      waiting.push(resolve);
      child.once('exit', (code) => reject(new BenchError('server_failed', `the server exited with code ${code}`)));
    });
  const ready: Record<string, unknown> = await next().catch((error: BenchError) => ({ error: error.message }));
  if (typeof ready.error === 'string')
    throw new BenchError(
      'server_failed',
      `@rujuk/server did not start (${ready.error}); run \`pnpm build\` first, and check DATABASE_URL if it is set.`,
    );
  const keys = ready.keys as { publishableKey: string; secretKey: string };
  return {
    url: ready.url as string,
    ...keys,
    async cpuMs() {
      const usage = next();
      child.kill('SIGUSR2');
      const { user, system } = (await usage) as { user: number; system: number };
      return (user + system) / 1000;
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
