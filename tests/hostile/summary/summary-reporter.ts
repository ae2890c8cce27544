import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reporter, TestModule } from 'vitest/node';
import { addScenario, renderSummary, type SummaryRow } from './summary-table.js';

const ARTIFACT = resolve(dirname(fileURLToPath(import.meta.url)), '../../artifacts/hostile/summary.json');

/** The summary line a test file belongs to: the browser file's name, or the server fuzz file's. */
export function areaOf(moduleId: string): string {
  const name = basename(moduleId).replace(/\.(fuzz\.)?test\.ts$|\.soak\.ts$/, '');
  if (moduleId.includes('/packages/server/')) return `server fuzz: ${name}`;
  if (moduleId.endsWith('.soak.ts')) return `soak: ${name}`;
  return `browser: ${name}`;
}

/**
 * Prints, after the run, one table of the hostile suite: scenarios tried, passed and failed per
 * area, and the events the scenarios sent, found recorded, duplicated and lost in the database.
 * The same figures go to `tests/artifacts/hostile/summary.json`.
 */
export default class HostileSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const rows = new Map<string, SummaryRow>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        addScenario(rows, areaOf(module.moduleId), test.result().state, test.meta().hostile);
      }
    }
    const sorted = [...rows.values()].sort((a, b) => a.area.localeCompare(b.area));
    process.stdout.write(`\nHostile suite summary\n\n${renderSummary(sorted)}\n\n`);
    mkdirSync(dirname(ARTIFACT), { recursive: true });
    writeFileSync(ARTIFACT, `${JSON.stringify({ at: new Date().toISOString(), rows: sorted }, null, 2)}\n`);
  }
}
