/** A main-thread task as a `longtask` PerformanceObserver reports it (milliseconds from navigation start). */
export interface LongTask {
  startTime: number;
  duration: number;
}

/**
 * Total blocking time as Lighthouse defines it: for every long task, the part of it inside the
 * window [from, to] beyond the first 50 ms, added up. Lighthouse's window is FCP → TTI; the bench
 * passes FCP → end of observation (load plus a quiet settle), which can only include more tasks.
 */
export function totalBlockingTime(tasks: readonly LongTask[], from: number, to: number): number {
  let total = 0;
  for (const task of tasks) {
    const start = Math.max(task.startTime, from);
    const end = Math.min(task.startTime + task.duration, to);
    if (end - start > 50) total += end - start - 50;
  }
  return total;
}
