import { type ChildProcess, spawn } from 'node:child_process';

/** A virtual X display: MiniBrowser has no headless mode. */
export interface Display {
  /** `:N`, for `DISPLAY`. */
  name: string;
  close(): void;
}

/** Starts Xvfb on the first free display number (it picks one with `-displayfd` and writes it back). */
export function startDisplay(): Promise<Display> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(
      process.env.XVFB_PATH ?? 'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp', '-noreset'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] },
    );
    let written = '';
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`Xvfb exited with ${code} before it was ready`)));
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (!written.includes('\n')) return;
      const name = `:${written.trim()}`;
      child.removeAllListeners('exit');
      done({ name, close: () => void child.kill() });
    });
  });
}
