import type { BackendRow } from '../backend/run-backend.js';
import type { Machine } from '../machine.js';
import type { BenchOptions } from '../options.js';
import type { PageRow } from '../page/run-page-cost.js';
import type { SizeRow } from '../sizes/run-sizes.js';
import type { WidgetResult } from '../widget/run-widget.js';

/** Everything one run measured: what `bench/results/latest.json` holds and the table prints. */
export interface Results {
  /** Bumped when a field changes meaning, so old files are not compared with new ones by mistake. */
  schema: 1;
  generatedAt: string;
  mode: 'full' | 'quick';
  options: Omit<BenchOptions, 'out'>;
  machine: Machine;
  sizes?: SizeRow[];
  page?: { cpuThrottle: number; settleMs: number; runs: number; rows: PageRow[] };
  widget?: WidgetResult & { opens: number };
  backend?: BackendRow[];
  /** Wall-clock time of the whole run, seconds. */
  durationSeconds: number;
}
