import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** A Next.js app running under `next start`, in a process group of its own. */
export interface NextApp {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Stops the server and everything it started; resolves once the process has exited. */
  close(): Promise<void>;
}

/** What `next build` and `next start` need besides the app's own environment. */
const quiet = { NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** Runs the `next` CLI the app itself depends on (not a copy of the test's), with Node directly. */
function runNext(appDir: URL, args: string[], env: Record<string, string>): ChildProcess {
  const bin = createRequire(new URL('package.json', appDir)).resolve('next/dist/bin/next');
  // Detached: the server leads its own process group, so stopping it stops whatever it spawned too.
  return spawn(process.execPath, [bin, ...args], {
    cwd: fileURLToPath(appDir),
    env: { ...process.env, ...quiet, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
}

/** Collects a child's output, for the error message when it fails. */
function collect(child: ChildProcess): () => string {
  let output = '';
  const add = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout!.on('data', add);
  child.stderr!.on('data', add);
  return () => output;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

/** Signals the child's whole process group; it may already be gone. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** `next build` of the app at `appDir` (into its `.next`), with `env` inlined as a deployment would. */
export async function buildNextApp(appDir: URL, env: Record<string, string>): Promise<void> {
  const child = runNext(appDir, ['build'], env);
  const output = collect(child);
  const code = await exited(child);
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${output()}`);
}

/** `next start` of a built app on 127.0.0.1 and a free port; resolves once it answers. */
export async function startNextApp(appDir: URL, env: Record<string, string>): Promise<NextApp> {
  const child = runNext(appDir, ['start', '--hostname', '127.0.0.1', '--port', '0'], env);
  const output = collect(child);
  // Should the test run itself end without closing the app, the server still goes with it.
  const orphan = () => killGroup(child, 'SIGKILL');
  process.once('exit', orphan);
  const stop = async () => {
    process.off('exit', orphan);
    const done = exited(child);
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await done;
    clearTimeout(timer);
  };
  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      // Next prints "- Local: http://127.0.0.1:PORT" with the port it was given, then "Ready".
      const local = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output());
      if (local && /Ready in/.test(output())) resolve(local[1]!);
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`next start exited (${code}) before it was ready:\n${output()}`)));
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { url, close: stop };
}
