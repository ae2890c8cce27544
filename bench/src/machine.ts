import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** The machine a run measured on, printed above the table and stored with the results. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  /** 1-minute load average when the run started: a busy machine makes every figure slower. */
  loadAverage: number;
  node: string;
  chromium: string;
  platform: string;
  /** The commit measured, when the bench runs inside a git checkout. */
  commit: string | null;
}

const commit = (): string | null => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};

/** Describes this machine; the Chromium version comes from the launched browser. */
export function describeMachine(chromium: string): Machine {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    loadAverage: os.loadavg()[0]!,
    node: process.version,
    chromium,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    commit: commit(),
  };
}
