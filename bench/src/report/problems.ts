import type { Results } from './results.js';

/**
 * What makes a run unusable, as opposed to slow: a figure that could not be measured, a Rujuk
 * script that threw or never answered, a backend answer that failed, or a click lost or stored
 * twice. Timings are never problems; the bench reports them and judges nothing by time.
 */
export function findProblems(results: Results): string[] {
  const problems: string[] = [];
  for (const size of results.sizes ?? []) if (size.error) problems.push(`size of ${size.name}: ${size.error}`);
  for (const row of results.page?.rows ?? []) {
    if (row.unavailable) problems.push(`page cost of ${row.name}: ${row.unavailable}`);
    else if (row.kind === 'rujuk' && row.errors.length) problems.push(`${row.name} threw: ${row.errors.join(' | ')}`);
    if (row.capture && row.captureMissed > 0)
      problems.push(`${row.name}: the referral was not readable on ${row.captureMissed} capture loads`);
  }
  for (const row of results.snippet?.rows ?? []) {
    if (row.missed > 0) problems.push(`snippet cost, ${row.name}: the script did not run in ${row.missed} traces`);
    if (row.errors.length) problems.push(`snippet cost, ${row.name}: page errors ${row.errors.join(' | ')}`);
  }
  const widget = results.widget;
  if (widget?.unavailable) problems.push(`widget popup: ${widget.unavailable}`);
  else if (widget) {
    if (widget.errors.length) problems.push(`widget popup threw: ${widget.errors.join(' | ')}`);
    if (widget.cold.n < widget.opens || widget.warm.n < widget.opens)
      problems.push(`widget popup: ${widget.cold.n} cold and ${widget.warm.n} warm opens of ${widget.opens}`);
  }
  for (const row of results.backend ?? []) {
    if (row.skipped) continue;
    const name = `POST /v1/clicks on ${row.database}`;
    if (row.failed) problems.push(`${name}: ${row.failed} reports failed`);
    if (row.lost) problems.push(`${name}: ${row.lost} acknowledged clicks are not in the database`);
    if (row.duplicated) problems.push(`${name}: ${row.duplicated} click ids are stored twice`);
    if (!row.acknowledged || row.acknowledged < (row.answered2xx ?? 0) - (row.replays ?? 0))
      problems.push(
        `${name}: the click ids of some acknowledged reports could not be read, so losses cannot be counted`,
      );
  }
  return problems;
}
