/** One event of a Chromium performance trace (the fields the bench reads). */
export interface TraceEvent {
  name: string;
  ph: string;
  /** Microseconds on the trace clock. */
  ts: number;
  /** Microseconds, on complete (`X`) events. */
  dur?: number;
  /** Microseconds of thread CPU time, on complete events. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; isMainFrame?: boolean } };
}

/** Main-thread time a script cost the page, in milliseconds. */
export interface ScriptCost {
  /** Compile, evaluation and callbacks of the script that started before the load event. */
  beforeLoadMs: number;
  /** The same over the whole trace (work the script deferred to idle time after load included). */
  totalMs: number;
  /**
   * The main thread's CPU time in that work: without the time the thread waited (the cookie round
   * trip to the browser process) or was descheduled, so it varies far less on a busy machine.
   */
  cpuMs: number;
  /** Main-thread tasks over 50 ms that ran any of the script's work. */
  longTasks: number;
}

/** The trace categories {@link scriptCost} needs: script evaluation, callbacks, tasks and the load mark. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'blink.user_timing', 'loading'];

// The events DevTools' performance panel attributes to a script by URL: its first evaluation (compile
// included) and every later call into it (timers, idle callbacks, event listeners).
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.produceCache']);

/**
 * The scripts whose work is counted: the one script at this URL, or every script whose URL starts
 * with `prefix` (a script and the files it loads from its own folder are one cost to the page).
 */
export type ScriptMatch = string | { prefix: string };

const matches = (match: ScriptMatch, url: string | undefined) =>
  url !== undefined && (typeof match === 'string' ? url === match : url.startsWith(match.prefix));

/**
 * Adds up the main-thread time attributed to the scripts `match` names in a trace, merging nested
 * events (a compile inside an evaluation counts once), and splits it at the page's load event.
 * Background compilation (script streaming) runs on another thread and is rightly not counted.
 */
export function scriptCost(events: readonly TraceEvent[], match: ScriptMatch): ScriptCost {
  const own = events.filter(
    (e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && matches(match, e.args?.data?.url) && e.dur !== undefined,
  );
  const main = own.find((e) => e.name === 'EvaluateScript') ?? own[0];
  if (!main) return { beforeLoadMs: Number.NaN, totalMs: Number.NaN, cpuMs: Number.NaN, longTasks: 0 };
  const onMain = own.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const load =
    events.find((e) => e.name === 'MarkLoad' && e.pid === main.pid && e.args?.data?.isMainFrame !== false)?.ts ??
    events.find((e) => e.name === 'loadEventStart' && e.pid === main.pid)?.ts ??
    Number.POSITIVE_INFINITY;
  const intervals = mergeIntervals(onMain.map((e) => [e.ts, e.ts + e.dur!] as const));
  const sum = (until: number) =>
    intervals.reduce((total, [start, end]) => total + Math.max(0, Math.min(end, until) - start), 0) / 1000;
  const longTasks = events.filter(
    (task) =>
      task.name === 'RunTask' &&
      task.ph === 'X' &&
      task.pid === main.pid &&
      task.tid === main.tid &&
      (task.dur ?? 0) > 50_000 &&
      intervals.some(([start]) => start >= task.ts && start < task.ts + task.dur!),
  ).length;
  // CPU time of the outermost events only: a nested one's is already in its parent's.
  let cpu = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const e of [...onMain].sort((a, b) => a.ts - b.ts))
    if (e.ts >= end) {
      cpu += e.tdur ?? e.dur!;
      end = e.ts + e.dur!;
    }
  return { beforeLoadMs: sum(load), totalMs: sum(Number.POSITIVE_INFINITY), cpuMs: cpu / 1000, longTasks };
}

/** Sorts intervals and merges the overlapping ones, so nested events are counted once. */
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
