import { CheckFailure } from './assert.js';

/** The outcome of one named check. */
export interface CheckResult {
  group: string;
  name: string;
  ok: boolean;
  /** Why it failed; absent when it passed. */
  reason?: string;
  durationMs: number;
}

/** Runs checks one after another, prints one line per check and keeps the results. */
export interface Runner {
  /** Runs one check named by a sentence; a thrown error fails it with the error's message. */
  check(name: string, body: () => Promise<void> | void): Promise<boolean>;
  results: CheckResult[];
  group: string;
}

/** Creates a runner that reports through `log`. */
export function createRunner(log: (line: string) => void): Runner {
  const runner: Runner = {
    results: [],
    group: '',
    async check(name, body) {
      const started = performance.now();
      let reason: string | undefined;
      try {
        await body();
      } catch (error) {
        reason = error instanceof CheckFailure ? error.message : describeUnexpected(error);
      }
      const ok = reason === undefined;
      runner.results.push({
        group: runner.group,
        name,
        ok,
        ...(ok ? {} : { reason }),
        durationMs: performance.now() - started,
      });
      log(ok ? `✓ ${name}` : `✗ ${name} — ${reason}`);
      return ok;
    },
  };
  return runner;
}

function describeUnexpected(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (error.name === 'TimeoutError') return 'the backend did not answer in time';
  return cause?.code || cause?.message ? `${error.message} (${cause.code ?? cause.message})` : error.message;
}
