import type { Browser } from 'playwright-core';
import { BenchError } from '../errors.js';
import { type Summary, summarize } from '../stats/summary.js';
import { benchPage } from './bench-page.js';
import { type LoadSample, measureLoad } from './measure-load.js';
import { type BackendRef, landingQuery, type PageContender, pageContenders } from './page-contenders.js';
import type { Site } from './site.js';

/** Page cost and capture latency of one contender over every load. */
export interface PageRow {
  id: string;
  name: string;
  kind: PageContender['kind'];
  loads: number;
  script: Summary;
  task: Summary;
  tbt: Summary;
  blockingFromStart: Summary;
  /** Median script time minus the baseline's: what the contender adds, ms. */
  scriptOverBaseline: number;
  /** `scriptOverBaseline` divided by the Rujuk attribution script's. */
  ratioToRujuk: number;
  /** Null when the contender has no referral to read (see `noCapture`). */
  capture: Summary | null;
  /** Loads where the probe never saw the referral. */
  captureMissed: number;
  noCapture?: string;
  /** Distinct uncaught page errors seen over the loads. */
  errors: string[];
  /** Why the contender was not loaded (e.g. its bundle is not built). */
  unavailable?: string;
}

/** Options of {@link runPageCost}. */
export interface PageCostOptions {
  runs: number;
  cpuThrottle: number;
  settleMs: number;
  /** Load every page once, unrecorded, before the first round. @default true */
  warmUp?: boolean;
  /** Called after every round, for progress output. */
  onRound?(round: number, of: number): void;
}

/** The contenders published on the site, and those that could not be (with the reason). */
export interface Published {
  ready: PageContender[];
  unavailable: Map<string, string>;
}

/** Serves every contender's page and files from `site`, at `/page/<id>` and `/c/<id>/…`. */
export async function publishContenders(site: Site, backend: BackendRef): Promise<Published> {
  const published: Published = { ready: [], unavailable: new Map() };
  for (const contender of pageContenders(backend)) {
    try {
      for (const [file, asset] of Object.entries(await contender.assets()))
        site.set(`/c/${contender.id}/${file}`, asset);
    } catch (error) {
      if (!(error instanceof BenchError)) throw error;
      published.unavailable.set(contender.id, error.message);
      continue;
    }
    site.set(`/page/${contender.id}`, { body: benchPage(contender), type: 'text/html; charset=utf-8' });
    if (contender.probe)
      site.set(`/capture/${contender.id}`, {
        body: benchPage(contender, { probe: true }),
        type: 'text/html; charset=utf-8',
      });
    published.ready.push(contender);
  }
  return published;
}

/**
 * Loads every contender's landing page `runs` times in fresh contexts, interleaved: round r visits
 * the contenders in an order rotated by r, so drift on a shared machine spreads over all of them.
 * Each round then loads the capture page of every contender that can answer with the referral.
 * One unrecorded warm-up round comes first (disk cache, browser process, JIT of the bench itself).
 */
export async function runPageCost(
  browser: Browser,
  site: Site,
  backend: BackendRef,
  options: PageCostOptions,
): Promise<PageRow[]> {
  const { ready: contenders, unavailable } = await publishContenders(site, backend);
  const probed = contenders.filter((contender) => contender.probe);
  const url = (path: string, contender: PageContender) =>
    `${site.origin}/${path}/${contender.id}${landingQuery('shop.test')}`;
  const samples = new Map<string, LoadSample[]>(contenders.map((c) => [c.id, []]));
  const captures = new Map<string, (number | null)[]>(probed.map((c) => [c.id, []]));
  const load = { cpuThrottle: options.cpuThrottle, settleMs: options.settleMs };
  if (options.warmUp !== false)
    for (const contender of contenders) await measureLoad(browser, url('page', contender), load);
  for (let round = 0; round < options.runs; round++) {
    for (const contender of rotate(contenders, round))
      samples.get(contender.id)!.push(await measureLoad(browser, url('page', contender), load));
    for (const contender of rotate(probed, round))
      captures.get(contender.id)!.push((await measureLoad(browser, url('capture', contender), load)).captureMs);
    options.onRound?.(round + 1, options.runs);
  }
  const rows = summarizeRows(contenders, samples, captures);
  for (const contender of pageContenders(backend)) {
    const reason = unavailable.get(contender.id);
    if (reason)
      rows.push({ ...summarizeRows([contender], new Map([[contender.id, []]]), captures)[0]!, unavailable: reason });
  }
  return rows;
}

/** The list starting at index `by` (modulo its length) and wrapping around. */
export const rotate = <T>(list: readonly T[], by: number): T[] => list.map((_, i) => list[(i + by) % list.length]!);

function summarizeRows(
  contenders: PageContender[],
  samples: Map<string, LoadSample[]>,
  captureSamples: Map<string, (number | null)[]>,
): PageRow[] {
  const medianScript = (id: string) => summarize(samples.get(id)?.map((s) => s.scriptMs) ?? []).median;
  const baseline = medianScript('baseline');
  const rujuk = medianScript('rujuk-attribution') - baseline;
  return contenders.map((contender) => {
    const runs = samples.get(contender.id)!;
    const over = medianScript(contender.id) - baseline;
    const probes = captureSamples.get(contender.id) ?? [];
    const captures = probes.filter((ms): ms is number => ms !== null);
    return {
      id: contender.id,
      name: contender.name,
      kind: contender.kind,
      loads: runs.length,
      script: summarize(runs.map((s) => s.scriptMs)),
      task: summarize(runs.map((s) => s.taskMs)),
      tbt: summarize(runs.map((s) => s.tbtMs)),
      blockingFromStart: summarize(runs.map((s) => s.blockingFromStartMs)),
      scriptOverBaseline: over,
      ratioToRujuk: over / rujuk,
      capture: contender.probe ? summarize(captures) : null,
      captureMissed: probes.length - captures.length,
      ...(contender.noCapture ? { noCapture: contender.noCapture } : {}),
      errors: [...new Set(runs.flatMap((s) => s.errors))],
    };
  });
}
