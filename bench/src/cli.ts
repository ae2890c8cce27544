// `pnpm bench [-- --quick]`: measures Rujuk and the anchors on this machine in one run, prints one
// table and writes the same data as JSON. Progress goes to stderr, so stdout is only the report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startBackendProcess } from './backend/backend-process.js';
import { runBackend } from './backend/run-backend.js';
import { launchChromium } from './browser/launch.js';
import { benchRoot, snapshotBuilds } from './contenders/paths.js';
import { BenchError } from './errors.js';
import { describeMachine } from './machine.js';
import { type BenchOptions, parseOptions } from './options.js';
import { landingQuery } from './page/page-contenders.js';
import { publishContenders, runPageCost } from './page/run-page-cost.js';
import { startSite } from './page/site.js';
import { renderResults } from './report/render.js';
import type { Results } from './report/results.js';
import { runSizes } from './sizes/run-sizes.js';
import { summarize } from './stats/summary.js';
import { runWidget } from './widget/run-widget.js';

/** Quiet time after `load` before a page's metrics are read (idle work such as Rujuk's form scan runs in it). */
const SETTLE_MS = 300;

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function run(options: BenchOptions): Promise<Results> {
  const started = Date.now();
  const removeSnapshot = snapshotBuilds();
  const browser = await launchChromium().catch((error) => {
    removeSnapshot();
    throw error;
  });
  const { out: _out, ...shown } = options;
  const results: Results = {
    schema: 1,
    generatedAt: new Date().toISOString(),
    mode: options.quick ? 'quick' : 'full',
    options: shown,
    machine: describeMachine(browser.version()),
    durationSeconds: 0,
  };
  try {
    if (options.only.includes('sizes')) {
      progress('sizes');
      results.sizes = await runSizes();
    }
    if (options.only.includes('page') || options.only.includes('widget')) {
      const [backend, site] = await Promise.all([startBackendProcess({ seed: true }), startSite()]);
      try {
        const ref = { url: backend.url, publishableKey: backend.publishableKey };
        if (options.only.includes('page')) {
          progress(`page cost: ${options.runs} interleaved rounds`);
          const rows = await runPageCost(browser, site, ref, {
            runs: options.runs,
            cpuThrottle: options.cpuThrottle,
            settleMs: SETTLE_MS,
            onRound: (round, of) => progress(`page cost: round ${round}/${of}`),
          });
          results.page = { cpuThrottle: options.cpuThrottle, settleMs: SETTLE_MS, runs: options.runs, rows };
        }
        if (options.only.includes('widget')) {
          progress(`widget: ${options.opens} cold and warm opens`);
          const { unavailable } = await publishContenders(site, ref);
          const missing = unavailable.get('rujuk-widget');
          const url = `${site.origin}/page/rujuk-widget${landingQuery('shop.test')}`;
          results.widget = missing
            ? { opens: 0, cold: summarize([]), warm: summarize([]), errors: [], unavailable: missing }
            : { opens: options.opens, ...(await runWidget(browser, url, options.opens)) };
        }
      } finally {
        await Promise.all([backend.stop(), site.close()]);
      }
    }
  } finally {
    await browser.close();
    removeSnapshot();
  }
  if (options.only.includes('backend')) {
    progress(`backend: ${options.seconds} s of POST /v1/clicks over ${options.connections} connections`);
    results.backend = await runBackend({
      seconds: options.seconds,
      connections: options.connections,
      ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    });
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
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = error.code === 'invalid_option' ? 2 : 1;
}
