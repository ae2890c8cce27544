import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { StartServerOptions } from '../server/options.js';

/** A server running in a child process. */
export interface ServerProcess {
  url: string;
  publishableKey: string;
  secretKey: string;
  child: ChildProcess;
  /** Ends the process with SIGKILL: no shutdown, nothing flushed, as a crash would. */
  kill(): Promise<void>;
}

/** Starts `startServer(options)` in a child process and resolves once it listens. */
export async function spawnServer(options: StartServerOptions): Promise<ServerProcess> {
  const script = new URL('./server-process.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: '' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the server process exited with ${code} before listening`)));
  });
  return {
    ...(JSON.parse(line) as { url: string; publishableKey: string; secretKey: string }),
    child,
    kill() {
      child.kill('SIGKILL');
      return exited;
    },
  };
}
