/** What one suite did in one engine. */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** The shape of vitest's JSON report that the matrix reads. */
export interface JsonReport {
  testResults: Array<{ name: string; status?: string; assertionResults: Array<{ status: string }> }>;
}

/** Counts a JSON report's tests per suite, the suite of a file being named by `suiteOf` (undefined: not counted). */
export function tallyReport(report: JsonReport, suiteOf: (file: string) => string | undefined): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const file of report.testResults) {
    const suite = suiteOf(file.name);
    if (!suite) continue;
    const tally = tallies.get(suite) ?? { passed: 0, failed: 0, skipped: 0 };
    tallies.set(suite, tally);
    // A file that fails before its tests run (a broken import, a failing beforeAll) still counts as a failure.
    if (file.assertionResults.length === 0 && file.status === 'failed') tally.failed++;
    for (const test of file.assertionResults) {
      if (test.status === 'passed') tally.passed++;
      else if (test.status === 'failed') tally.failed++;
      else tally.skipped++;
    }
  }
  return tallies;
}

/** Renders engine × suite as a plain-text table of passed / failed / skipped, with `–` where a suite did not run. */
export function renderMatrix(engines: string[], suites: string[], cells: Map<string, Map<string, Tally>>): string {
  const header = ['engine', ...suites];
  const rows = engines.map((engine) => [
    engine,
    ...suites.map((suite) => {
      const tally = cells.get(engine)?.get(suite);
      return tally ? `${tally.passed} / ${tally.failed} / ${tally.skipped}` : '–';
    }),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return [
    'passed / failed / skipped',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
  ].join('\n');
}
