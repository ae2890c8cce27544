import type { BackendRow } from '../backend/run-backend.js';
import type { PageRow } from '../page/run-page-cost.js';
import type { SizeRow } from '../sizes/run-sizes.js';
import type { Results } from './results.js';
import { fixed, pair, textTable } from './text-table.js';

const int = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? 'n/a' : String(value));

/** The machine line printed above the table. */
export function machineLine({ machine }: Results): string {
  return (
    `machine: ${machine.cpus} × ${machine.cpuModel}, load ${machine.loadAverage.toFixed(1)}, ` +
    `Node ${machine.node}, Chromium ${machine.chromium}, ${machine.platform}` +
    (machine.commit ? `, commit ${machine.commit}` : '')
  );
}

const ratio = (row: PageRow, rujuk: PageRow | undefined): string => {
  if (row.kind === 'baseline') return '';
  if (!rujuk || !(rujuk.scriptOverBaseline > 0)) return 'n/a';
  return `${fixed(row.ratioToRujuk, 1)}×`;
};

const capture = (row: PageRow): string => {
  if (!row.capture) return row.kind === 'baseline' ? '' : '—';
  const missed = row.captureMissed ? ` (${row.captureMissed} missed)` : '';
  return `${fixed(row.capture.median, 1)}${missed}`;
};

/** The contender table: sizes and page cost of each script on one row, in the order sizes list them. */
export function contenderTable(results: Results): string {
  const sizes = results.sizes ?? [];
  const rows = results.page?.rows ?? [];
  const rujuk = rows.find((row) => row.id === 'rujuk-attribution');
  const ids = [...new Set([...rows.filter((r) => r.kind === 'baseline').map((r) => r.id), ...sizes.map((s) => s.id)])];
  for (const row of rows) if (!ids.includes(row.id)) ids.push(row.id);
  const header = [
    'contender',
    'raw B',
    'gzip B',
    'brotli B',
    'script ms med / p95',
    '+ over baseline',
    '× Rujuk',
    'TBT ms med / p95',
    'capture ms',
  ];
  const body = ids.map((id) => {
    const size: SizeRow | undefined = sizes.find((s) => s.id === id);
    const page = rows.find((r) => r.id === id);
    return [
      page?.name ?? size?.name ?? id,
      size ? int(size.raw) : '',
      size ? int(size.gzip) : '',
      size ? int(size.brotli) : '',
      page ? pair(page.script.median, page.script.p95, 2) : '',
      page && page.kind !== 'baseline' ? fixed(page.scriptOverBaseline, 2) : '',
      page ? ratio(page, rujuk) : '',
      page ? pair(page.tbt.median, page.tbt.p95, 0) : '',
      page ? capture(page) : '',
    ];
  });
  return textTable(header, body);
}

/** Notes under the contender table: what each row measured and what could not be measured. */
export function contenderNotes(results: Results): string[] {
  const notes = (results.sizes ?? []).map(
    (s) =>
      `${s.name}: ${s.measured} — ${s.why}${s.note ? `; ${s.note}` : ''}` +
      (s.error ? ` — NOT MEASURED: ${s.error}` : ''),
  );
  for (const row of results.page?.rows ?? []) {
    if (row.unavailable) notes.push(`${row.name}: NOT LOADED — ${row.unavailable}`);
    if (row.noCapture) notes.push(`${row.name}: no capture figure — ${row.noCapture}`);
    if (row.errors.length) notes.push(`${row.name}: page errors — ${row.errors.slice(0, 3).join(' | ')}`);
  }
  return notes;
}

/** The backend's goals on the embedded database: ≥ 2,000 clicks/s with p99 < 20 ms, nothing lost or duplicated. */
export function backendTargets(rows: readonly BackendRow[]): string[] {
  return rows
    .filter((row) => !row.skipped)
    .map((row) => {
      const fast = (row.requestsPerSecond ?? 0) >= 2000 && (row.p99Ms ?? Number.POSITIVE_INFINITY) < 20;
      const whole = row.lost === 0 && row.duplicated === 0 && row.failed === 0;
      return `${row.database}: ≥ 2,000 req/s with p99 < 20 ms ${fast ? 'met' : 'NOT met'}; 0 lost, 0 duplicated ${whole ? 'met' : 'NOT met'}`;
    });
}

/** The backend rows: throughput, latency and integrity per database. */
export function backendTable(results: Results): string {
  const header = [
    'POST /v1/clicks',
    'load',
    'req/s',
    'p50 / p99 ms',
    'sent',
    'replays',
    'acked ids',
    'failed',
    'recorded',
    'lost',
    'dup',
    'CPU ms/req',
  ];
  const measured = (results.backend ?? []).filter((row) => !row.skipped);
  const skipped = (results.backend ?? []).filter((row) => row.skipped);
  const rows = measured.map((row) => [
    `${row.database}, ${row.connections} conn, ${row.seconds} s`,
    fixed(row.loadAverage, 1),
    fixed(row.requestsPerSecond, 0),
    `${int(row.p50Ms)} / ${int(row.p99Ms)}`,
    int(row.sent),
    int(row.replays),
    int(row.acknowledged),
    int(row.failed),
    int(row.recorded),
    int(row.lost),
    int(row.duplicated),
    fixed(row.serverCpuPerRequestMs, 3),
  ]);
  return [textTable(header, rows), ...skipped.map((row) => `${row.database}: ${row.skipped}`)].join('\n');
}

/** The snippet's main-thread time per variant, then its goals. */
export function snippetTable(results: Results): string {
  const snippet = results.snippet!;
  const table = textTable(
    ['snippet main-thread time', 'before load ms med / p95', 'total ms med / p95', 'CPU ms med / p95', 'long tasks'],
    snippet.rows.map((row) => [
      row.name,
      pair(row.beforeLoad.median, row.beforeLoad.p95, 2),
      pair(row.total.median, row.total.p95, 2),
      pair(row.cpu.median, row.cpu.p95, 2),
      String(row.longTasks),
    ]),
  );
  const goals = snippet.goals.map(
    (goal) =>
      `  · goal: ${goal.name}: ${goal.met === null ? 'not judged' : goal.met ? 'met' : 'NOT met'} — ${goal.figure}`,
  );
  return [
    table,
    '',
    `snippet: ${snippet.runs} loads per row, fresh context each, interleaved, no CPU throttling; time = compile, ` +
      `evaluation and callbacks of the script in a Chromium trace (what DevTools attributes to its URL; for Rujuk, ` +
      `to every file of the snippet: the tag's file and any file it loads from its folder), before the load event and in all up to ` +
      `load + ${snippet.settleMs} ms + idle; CPU = the main thread's CPU time in that work (no waits on the ` +
      `browser process, no descheduling: steadier on a busy machine).`,
    ...goals,
  ].join('\n');
}

/** The whole printout: machine line, contender table with notes, popup latency and backend table. */
export function renderResults(results: Results): string {
  const out = [`Rujuk benchmark (${results.mode} run, ${results.generatedAt})`, machineLine(results), ''];
  if (results.sizes || results.page) {
    out.push(contenderTable(results), '');
    if (results.page)
      out.push(
        `page cost: ${results.page.runs} loads per contender, fresh context each, interleaved, CPU throttled ` +
          `${results.page.cpuThrottle}×; script = CDP ScriptDuration; TBT = long tasks beyond 50 ms, FCP → load + ` +
          `${results.page.settleMs} ms; capture = navigation start → referral readable; × Rujuk = (script − baseline) ÷ Rujuk's.`,
      );
    out.push(...contenderNotes(results).map((note) => `  · ${note}`), '');
  }
  if (results.snippet) out.push(snippetTable(results), '');
  if (results.widget) {
    const { cold, warm, opens, errors, unavailable } = results.widget;
    if (unavailable) out.push(`widget popup: NOT MEASURED — ${unavailable}`, '');
    else
      out.push(
        `widget popup, click → visible (median / p95 of ${opens}, no throttling): cold chunk ${pair(cold.median, cold.p95)} ms, ` +
          `warm ${pair(warm.median, warm.p95)} ms${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`,
        '',
      );
  }
  if (results.backend)
    out.push(
      backendTable(results),
      '',
      'backend: a fresh server per database in its own process, loopback, autocannon with one request in flight per ' +
        'connection; every 10th report replays a recent click id; lost and dup are counted in the database afterwards; ' +
        'load = 1-minute load average before the load.',
      ...backendTargets(results.backend).map((line) => `  · goal, ${line}`),
      '',
    );
  if (results.firstParty) {
    const { core, direct, proxied, addedMs, requests } = results.firstParty;
    out.push(
      `first-party: core ${core.raw} B minified, ${core.gzip} B gzip, ${core.brotli} B brotli (createFirstParty + filesFromUrl, ` +
        `bundled for a Worker); proxy adds ${addedMs.toFixed(2)} ms median to GET /v1/program (direct ${pair(direct.median, direct.p95)} ms, ` +
        `through the Node middleware ${pair(proxied.median, proxied.p95)} ms, median / p95 of ${requests} alternating pairs on loopback)`,
      '',
    );
  }
  const sections = Object.entries(results.sectionSeconds ?? {}).map(
    ([name, seconds]) => `${name} ${seconds.toFixed(0)} s`,
  );
  out.push(`took ${results.durationSeconds.toFixed(0)} s${sections.length ? ` (${sections.join(', ')})` : ''}`);
  return out.join('\n');
}
