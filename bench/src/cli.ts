// `pnpm bench [--quick]`: measures Rujuk and the anchors on this machine in one run, prints one
// table and writes the same data as JSON. Progress goes to stderr, so stdout is only the report.
// Exits 1 when something could not be measured or the backend lost or duplicated a record.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startBackendProcess } from './backend/backend-process.js';
import { postgresFromEnv, runBackend } from './backend/run-backend.js';
import { fromPages, launchChromium } from './browser/launch.js';
import { benchRoot, snapshotBuilds } from './contenders/paths.js';
import { BenchError } from './errors.js';
import { runFirstParty } from './first-party/run-first-party.js';
import { describeMachine } from './machine.js';
import { type BenchOptions, parseOptions } from './options.js';
import { landingQuery } from './page/page-contenders.js';
import { publishContenders, runPageCost } from './page/run-page-cost.js';
import { startSite } from './page/site.js';
import { findProblems } from './report/problems.js';
import { renderResults } from './report/render.js';
import type { Results } from './report/results.js';
import { runSizes } from './sizes/run-sizes.js';
import { runSnippetCost } from './snippet/run-snippet-cost.js';
import { snippetGoals } from './snippet/snippet-goals.js';
import { summarize } from './stats/summary.js';
import { runWidget } from './widget/run-widget.js';

/** Quiet time after `load` before a page's metrics are read (idle work such as Rujuk's form scan runs in it). */
const SETTLE_MS = 300;

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

/** Runs one section and records how long it took, so a slow quick run shows where its time went. */
async function timed<T>(results: Results, name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    results.sectionSeconds[name] = (Date.now() - started) / 1000;
  }
}

/** The sections that load pages in Chromium, against one seeded backend and one site. */
async function runBrowserSections(
  options: BenchOptions,
  results: Results,
  browser: Awaited<ReturnType<typeof launchChromium>>,
) {
  const [backend, site] = await Promise.all([startBackendProcess({ seed: true }), startSite()]);
  try {
    const ref = { url: fromPages(backend.url), publishableKey: backend.publishableKey };
    if (options.only.includes('page')) {
      progress(`page cost: ${options.runs} interleaved rounds`);
      const rows = await timed(results, 'page', () =>
        runPageCost(browser, site, ref, {
          runs: options.runs,
          cpuThrottle: options.cpuThrottle,
          settleMs: SETTLE_MS,
          warmUp: !options.quick,
          onRound: (round, of) => progress(`page cost: round ${round}/${of}`),
        }),
      );
      results.page = { cpuThrottle: options.cpuThrottle, settleMs: SETTLE_MS, runs: options.runs, rows };
    }
    if (options.only.includes('snippet')) {
      progress(`snippet cost: ${options.runs} interleaved rounds`);
      const rows = await timed(results, 'snippet', () =>
        runSnippetCost(browser, site, ref, {
          runs: options.runs,
          settleMs: SETTLE_MS,
          onRound: (round, of) => progress(`snippet cost: round ${round}/${of}`),
        }),
      );
      results.snippet = { runs: options.runs, settleMs: SETTLE_MS, rows, goals: snippetGoals(rows) };
    }
    if (options.only.includes('widget')) {
      progress(`widget: ${options.opens} cold and warm opens`);
      const { unavailable } = await publishContenders(site, ref);
      const missing = unavailable.get('rujuk-widget');
      const url = `${site.origin}/page/rujuk-widget${landingQuery('shop.test')}`;
      results.widget = missing
        ? { opens: 0, cold: summarize([]), warm: summarize([]), errors: [], unavailable: missing }
        : { opens: options.opens, ...(await timed(results, 'widget', () => runWidget(browser, url, options.opens))) };
    }
  } finally {
    await Promise.all([backend.stop(), site.close()]);
  }
}

async function run(options: BenchOptions): Promise<Results> {
  const started = Date.now();
  const removeSnapshot = snapshotBuilds();
  const browser = await launchChromium().catch((error) => {
    removeSnapshot();
    throw error;
  });
  const { out: _out, ...shown } = options;
  const results: Results = {
    schema: 2,
    generatedAt: new Date().toISOString(),
    mode: options.quick ? 'quick' : 'full',
    options: shown,
    machine: describeMachine(browser.version()),
    durationSeconds: 0,
    sectionSeconds: {},
  };
  try {
    if (options.only.includes('sizes')) {
      progress('sizes');
      results.sizes = await timed(results, 'sizes', runSizes);
    }
    if (options.only.some((section) => section === 'page' || section === 'snippet' || section === 'widget'))
      await runBrowserSections(options, results, browser);
  } finally {
    await browser.close();
    removeSnapshot();
  }
  if (options.only.includes('backend')) {
    const postgres = postgresFromEnv();
    progress(`backend: ${options.seconds} s of POST /v1/clicks over ${options.connections} connections`);
    results.backend = await timed(results, 'backend', () =>
      runBackend({
        seconds: options.seconds,
        connections: options.connections,
        noWarmUp: options.quick,
        ...(postgres ? { postgres } : {}),
      }),
    );
  }
  if (options.only.includes('first-party')) {
    const requests = options.quick ? 20 : 200;
    progress(`first-party: core size, and ${requests} proxied and direct protocol calls`);
    results.firstParty = await timed(results, 'first-party', () => runFirstParty(requests));
  }
  results.durationSeconds = (Date.now() - started) / 1000;
  return results;
}

try {
  const options = parseOptions(process.argv.slice(2));
  const results = await run(options);
  const out = resolve(benchRoot, options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${renderResults(results)}\nresults: ${out}\n`);
  const problems = findProblems(results);
  if (problems.length > 0) {
    process.stderr.write(`bench: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}\n`).join('')}`);
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = error.code === 'invalid_option' ? 2 : 1;
}
