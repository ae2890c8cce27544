import type { BudgetResult } from './check.js';

const HEADER = ['bundle', 'raw B', 'gzip B', 'brotli B', 'budget B', 'status'];

/** The status cell: the problem or `ok`, then the distance to a target still to reach. */
function status({ budget, size, problem }: BudgetResult): string {
  const toGo =
    size && budget.target && size.brotli > budget.target
      ? `; target ${budget.target} B: ${size.brotli - budget.target} B to go`
      : '';
  return (problem ?? 'ok') + toGo;
}

/** The lines `pnpm size` prints: one a budget, names and status left-aligned, figures right-aligned. */
export function formatTable(results: readonly BudgetResult[]): string[] {
  const rows = results.map((result) => [
    result.budget.name,
    result.size?.raw ?? '-',
    result.size?.gzip ?? '-',
    result.size?.brotli ?? '-',
    result.budget.brotli,
    status(result),
  ]);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: ReadonlyArray<string | number>) =>
    cells
      .map((c, i) => (i === 0 || i === 5 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!)))
      .join('  ');
  return [line(HEADER), ...rows.map(line)];
}
