import type { BackendRow } from '../backend/run-backend.js';
import type { FirstPartyResult } from '../first-party/run-first-party.js';
import type { Machine } from '../machine.js';
import type { BenchOptions } from '../options.js';
import type { PageRow } from '../page/run-page-cost.js';
import type { SizeRow } from '../sizes/run-sizes.js';
import type { SnippetRow } from '../snippet/run-snippet-cost.js';
import type { Goal } from '../snippet/snippet-goals.js';
import type { WidgetResult } from '../widget/run-widget.js';

/** Everything one run measured: what `bench/results/latest.json` holds and the table prints. */
export interface Results {
  /** Bumped when a field changes meaning, so old files are not compared with new ones by mistake. */
  schema: 2;
  generatedAt: string;
  mode: 'full' | 'quick';
  options: Omit<BenchOptions, 'out'>;
  machine: Machine;
  sizes?: SizeRow[];
  page?: { cpuThrottle: number; settleMs: number; runs: number; rows: PageRow[] };
  /** Main-thread time of the attribution snippet against its goals, unthrottled. */
  snippet?: { runs: number; settleMs: number; rows: SnippetRow[]; goals: Goal[] };
  widget?: WidgetResult & { opens: number };
  backend?: BackendRow[];
  /** `@rujuk/first-party`: the core's bundled size and the proxy's added latency. */
  firstParty?: FirstPartyResult;
  /** Wall-clock time of the whole run, seconds. */
  durationSeconds: number;
  /** Wall-clock time of each section that ran, seconds. */
  sectionSeconds: Record<string, number>;
}
