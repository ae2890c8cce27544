import type { Browser } from 'playwright-core';
import { visitorContext } from '../browser/launch.js';
import { type LongTask, totalBlockingTime } from './blocking-time.js';

/** What one page load of one contender cost. */
export interface LoadSample {
  /** V8 time on the page's main thread (compile + run of every script), from CDP `ScriptDuration`, ms. */
  scriptMs: number;
  /** All main-thread task time (parse, style, layout, script), from CDP `TaskDuration`, ms. */
  taskMs: number;
  /** Total blocking time, FCP → end of observation, ms. */
  tbtMs: number;
  /** Blocking time of every long task from navigation start (scripts that run before FCP included), ms. */
  blockingFromStartMs: number;
  /** Navigation start → referral readable through the contender's API, ms; null when never seen or not probed. */
  captureMs: number | null;
  /** Uncaught errors and console errors the page reported (a contender that breaks is reported, not hidden). */
  errors: string[];
}

/** How one load is run. */
export interface LoadOptions {
  /** Chromium CPU slow-down factor. */
  cpuThrottle: number;
  /** Quiet time after `load` before the metrics are read, so work deferred to idle time is counted. */
  settleMs: number;
}

// Installed before any page script: collects long tasks from the very start of the navigation. Source
// text, not a function, so the TypeScript loader the bench runs under adds nothing the page lacks.
const OBSERVE_LONG_TASKS = `(() => {
  const tasks = (window.__benchTasks = []);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/**
 * Loads `url` once in a fresh browser context (empty cache and cookies), throttled, waits for the
 * load event plus a quiet settle, then reads CDP performance metrics and the long tasks seen.
 */
export async function measureLoad(browser: Browser, url: string, options: LoadOptions): Promise<LoadSample> {
  const context = await visitorContext(browser);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Rujuk's scripts report their failures on the console instead of throwing into the page.
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text().split('\n')[0]}`);
    });
    await page.addInitScript(OBSERVE_LONG_TASKS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(
      (settleMs) =>
        new Promise<void>((done) => setTimeout(() => requestIdleCallback(() => done(), { timeout: 2000 }), settleMs)),
      options.settleMs,
    );
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __benchTasks: LongTask[]; __benchCapture?: number };
      return {
        tasks: w.__benchTasks ?? [],
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
        now: performance.now(),
        capture: w.__benchCapture ?? null,
      };
    });
    return {
      scriptMs: metric('ScriptDuration'),
      taskMs: metric('TaskDuration'),
      tbtMs: totalBlockingTime(seen.tasks, seen.fcp, seen.now),
      blockingFromStartMs: totalBlockingTime(seen.tasks, 0, seen.now),
      captureMs: seen.capture,
      errors,
    };
  } finally {
    await context.close();
  }
}
