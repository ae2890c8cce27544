import type { EventTally } from '../support/ledger.js';

/** One line of the summary: an area of the suite and what its scenarios did. */
export interface SummaryRow {
  area: string;
  tried: number;
  passed: number;
  failed: number;
  /** Summed over the scenarios that counted events; `null` when none did. */
  events: EventTally | null;
}

/** Adds a scenario's outcome to the row of its area, creating the row on first use. */
export function addScenario(
  rows: Map<string, SummaryRow>,
  area: string,
  state: 'passed' | 'failed' | 'skipped' | 'pending',
  tally: EventTally | undefined,
): void {
  const row = rows.get(area) ?? { area, tried: 0, passed: 0, failed: 0, events: null };
  rows.set(area, row);
  if (state === 'skipped' || state === 'pending') return;
  row.tried++;
  if (state === 'passed') row.passed++;
  else row.failed++;
  if (tally) {
    const sum = row.events ?? { sent: 0, recorded: 0, duplicated: 0, lost: 0 };
    row.events = {
      sent: sum.sent + tally.sent,
      recorded: sum.recorded + tally.recorded,
      duplicated: sum.duplicated + tally.duplicated,
      lost: sum.lost + tally.lost,
    };
  }
}

const HEADINGS = ['area', 'scenarios', 'passed', 'failed', 'events sent', 'recorded', 'duplicated', 'lost'];

/** Renders the rows, and a total line, as a plain-text table for the end of a test run. */
export function renderSummary(rows: SummaryRow[]): string {
  const total = rows.reduce<SummaryRow>(
    (sum, row) => {
      addScenarioTotals(sum, row);
      return sum;
    },
    { area: 'total', tried: 0, passed: 0, failed: 0, events: null },
  );
  const cells = [...rows, total].map((row) => [
    row.area,
    String(row.tried),
    String(row.passed),
    String(row.failed),
    ...(row.events
      ? [row.events.sent, row.events.recorded, row.events.duplicated, row.events.lost].map(String)
      : ['-', '-', '-', '-']),
  ]);
  const widths = HEADINGS.map((heading, column) =>
    Math.max(heading.length, ...cells.map((line) => line[column]!.length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, column) => (column === 0 ? value.padEnd(widths[0]!) : value.padStart(widths[column]!)))
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(HEADINGS), rule, ...cells.slice(0, -1).map(line), rule, line(cells[cells.length - 1]!)].join('\n');
}

function addScenarioTotals(sum: SummaryRow, row: SummaryRow): void {
  sum.tried += row.tried;
  sum.passed += row.passed;
  sum.failed += row.failed;
  if (row.events) {
    const events = sum.events ?? { sent: 0, recorded: 0, duplicated: 0, lost: 0 };
    sum.events = {
      sent: events.sent + row.events.sent,
      recorded: events.recorded + row.events.recorded,
      duplicated: events.duplicated + row.events.duplicated,
      lost: events.lost + row.events.lost,
    };
  }
}
