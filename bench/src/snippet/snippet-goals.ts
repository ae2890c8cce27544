import type { SnippetRow } from './run-snippet-cost.js';

/** One goal the snippet is held to, with the figure measured against it. */
export interface Goal {
  name: string;
  /** The measured figure, printed. */
  figure: string;
  /** Null when there is no figure to judge. */
  met: boolean | null;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

/**
 * The snippet's main-thread goals: under 0.5 ms before load on a page without a referral, within
 * 1.3× of the floor on a landing (all its work, idle-time work included), and no long task.
 */
export function snippetGoals(rows: readonly SnippetRow[]): Goal[] {
  const row = (id: SnippetRow['id']) => rows.find((r) => r.id === id);
  const noReferral = row('no-referral')?.beforeLoad.median ?? Number.NaN;
  const landing = row('landing')?.total.median ?? Number.NaN;
  const floor = row('floor')?.total.median ?? Number.NaN;
  const ratio = landing / floor;
  // For scale: what a hand-written capture doing only the essentials costs against the same floor.
  const minimal = (row('minimal')?.total.median ?? Number.NaN) / floor;
  const scale = Number.isFinite(minimal) ? `; a minimal hand-written capture: ${minimal.toFixed(2)}×` : '';
  // Likewise before load: what a hand-written stand-in stub and load listener cost on the same page.
  const deferred = row('deferred')?.beforeLoad.median ?? Number.NaN;
  const least = Number.isFinite(deferred) ? `; a hand-written deferred start: ${ms(deferred)}` : '';
  const longTasks = (row('no-referral')?.longTasks ?? 0) + (row('landing')?.longTasks ?? 0);
  const judged = (value: number, ok: boolean) => (Number.isFinite(value) ? ok : null);
  return [
    {
      name: 'page without referral, before load < 0.5 ms',
      figure: Number.isFinite(noReferral) ? ms(noReferral) + least : 'n/a',
      met: judged(noReferral, noReferral < 0.5),
    },
    {
      name: 'landing ≤ 1.3× the floor',
      figure: Number.isFinite(ratio) ? `${ratio.toFixed(2)}× (${ms(landing)} ÷ ${ms(floor)})${scale}` : 'n/a',
      met: judged(ratio, ratio <= 1.3),
    },
    { name: 'no long task', figure: `${longTasks} long tasks`, met: rows.length ? longTasks === 0 : null },
  ];
}
