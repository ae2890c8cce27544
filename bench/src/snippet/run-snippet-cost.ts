import type { Browser } from 'playwright-core';
import { visitorContext } from '../browser/launch.js';
import type { BackendRef } from '../page/page-contenders.js';
import { rotate } from '../page/run-page-cost.js';
import type { Site } from '../page/site.js';
import { type Summary, summarize } from '../stats/summary.js';
import { publishSnippetPages, SNIPPET_VARIANTS, type SnippetVariant } from './snippet-pages.js';
import { type ScriptCost, type ScriptMatch, scriptCost, TRACE_CATEGORIES, type TraceEvent } from './trace-cost.js';

/** Main-thread time of one variant's script (every file of Rujuk's snippet) over every load. */
export interface SnippetRow {
  id: SnippetVariant['id'];
  name: string;
  path: string;
  loads: number;
  beforeLoad: Summary;
  total: Summary;
  /** Main-thread CPU time over the whole trace. */
  cpu: Summary;
  /** Long tasks the script worked in, over every load. */
  longTasks: number;
  /** Loads whose trace never showed the script run. */
  missed: number;
  errors: string[];
}

/** Options of {@link runSnippetCost}. */
export interface SnippetCostOptions {
  runs: number;
  /** Quiet time after `load`, so work the script leaves to idle time is in the trace. */
  settleMs: number;
  onRound?(round: number, of: number): void;
}

async function traceLoad(browser: Browser, url: string, script: ScriptMatch, settleMs: number) {
  const context = await visitorContext(browser);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    let trace: Buffer;
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(
        (ms) => new Promise<void>((done) => setTimeout(() => requestIdleCallback(() => done(), { timeout: 2000 }), ms)),
        settleMs,
      );
    } finally {
      trace = await browser.stopTracing();
    }
    const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
    return { cost: scriptCost(traceEvents, script), errors };
  } finally {
    await context.close();
  }
}

/**
 * Measures, without CPU throttling, the main-thread time of Rujuk's snippet (all its files) on a page
 * without a referral, on a landing and on a landing with a form, next to the floor script and an
 * empty one, from a performance trace of each load (fresh context each, variants interleaved round
 * by round).
 */
export async function runSnippetCost(
  browser: Browser,
  site: Site,
  backend: BackendRef,
  options: SnippetCostOptions,
): Promise<SnippetRow[]> {
  publishSnippetPages(site, backend);
  const samples = new Map<string, { cost: ScriptCost; errors: string[] }[]>(SNIPPET_VARIANTS.map((v) => [v.id, []]));
  for (let round = 0; round < options.runs; round++) {
    for (const variant of rotate(SNIPPET_VARIANTS, round)) {
      const sample = await traceLoad(
        browser,
        `${site.origin}${variant.path}`,
        typeof variant.script === 'string'
          ? `${site.origin}${variant.script}`
          : { prefix: `${site.origin}${variant.script.prefix}` },
        options.settleMs,
      );
      samples.get(variant.id)!.push(sample);
    }
    options.onRound?.(round + 1, options.runs);
  }
  return SNIPPET_VARIANTS.map((variant) => {
    const runs = samples.get(variant.id)!;
    const seen = runs.filter((s) => Number.isFinite(s.cost.totalMs));
    return {
      id: variant.id,
      name: variant.name,
      path: variant.path,
      loads: runs.length,
      beforeLoad: summarize(seen.map((s) => s.cost.beforeLoadMs)),
      total: summarize(seen.map((s) => s.cost.totalMs)),
      cpu: summarize(seen.map((s) => s.cost.cpuMs)),
      longTasks: seen.reduce((sum, s) => sum + s.cost.longTasks, 0),
      missed: runs.length - seen.length,
      errors: [...new Set(runs.flatMap((s) => s.errors))],
    };
  });
}
