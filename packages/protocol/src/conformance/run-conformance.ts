import { createContext } from './context.js';
import { groups } from './groups/index.js';
import { createHttpClient } from './http.js';
import { type ConformanceOptions, resolveOptions } from './options.js';
import { type CheckResult, createRunner } from './runner.js';

/** What a run of the suite found. */
export interface ConformanceReport {
  passed: number;
  failed: number;
  /** One entry per check, in the order they ran. */
  results: CheckResult[];
}

/**
 * Runs the Rujuk conformance suite against a backend: one line per check through `log`,
 * then a closing `N passed, N failed` line. Never throws for a failing backend; only for bad options.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const settings = resolveOptions(options);
  const run = createRunner(settings.log);
  const context = createContext(createHttpClient(settings), run);
  for (const name of settings.only) {
    run.group = name;
    try {
      await groups[name](context);
    } catch (error) {
      // The group's own setup (a join, reading the program) failed: report it as one failed check.
      await run.check(`the ${name} checks can set up their data`, () => {
        throw error;
      });
    }
  }
  const failed = run.results.filter((result) => !result.ok).length;
  const passed = run.results.length - failed;
  settings.log(`${passed} passed, ${failed} failed`);
  return { passed, failed, results: run.results };
}
