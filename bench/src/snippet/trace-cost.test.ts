import { describe, expect, it } from 'vitest';
import { mergeIntervals, scriptCost, type TraceEvent } from './trace-cost.js';

const URL = 'http://shop.test:1234/rujuk.js';
const event = (name: string, ts: number, dur: number | undefined, url?: string, tid = 1): TraceEvent => ({
  name,
  ph: dur === undefined ? 'I' : 'X',
  ts,
  ...(dur === undefined ? {} : { dur }),
  pid: 7,
  tid,
  ...(url ? { args: { data: { url } } } : {}),
});

describe('scriptCost', () => {
  it('adds the evaluation and every later call of the script, and splits them at the load event', () => {
    const cost = scriptCost(
      [
        event('EvaluateScript', 1_000, 400, URL),
        event('MarkLoad', 2_000, undefined),
        event('FunctionCall', 3_000, 1_500, URL),
      ],
      URL,
    );
    expect(cost).toEqual({ beforeLoadMs: 0.4, totalMs: 1.9, cpuMs: 1.9, longTasks: 0 });
  });

  it('adds the thread CPU time of the outermost events, leaving out waits', () => {
    const evaluate = { ...event('EvaluateScript', 1_000, 400, URL), tdur: 150 };
    const nested = { ...event('FunctionCall', 1_100, 100, URL), tdur: 90 };
    const later = { ...event('FunctionCall', 3_000, 500, URL), tdur: 300 };
    expect(scriptCost([evaluate, nested, later], URL).cpuMs).toBe(0.45);
  });

  it('counts a compile nested in the evaluation once', () => {
    const cost = scriptCost([event('EvaluateScript', 1_000, 400, URL), event('v8.compile', 1_010, 100, URL)], URL);
    expect(cost.totalMs).toBe(0.4);
  });

  it("leaves out other scripts' work and background-thread compilation", () => {
    const cost = scriptCost(
      [
        event('EvaluateScript', 1_000, 400, URL),
        event('FunctionCall', 2_000, 900, 'http://shop.test:1234/other.js'),
        event('v8.compile', 500, 3_000, URL, 2),
      ],
      URL,
    );
    expect(cost.totalMs).toBe(0.4);
  });

  it('counts the long tasks the script worked in, and only those', () => {
    const cost = scriptCost(
      [
        event('RunTask', 900, 60_000),
        event('EvaluateScript', 1_000, 55_000, URL),
        event('RunTask', 100_000, 80_000),
        event('RunTask', 200_000, 10_000),
        event('FunctionCall', 201_000, 1_000, URL),
      ],
      URL,
    );
    expect(cost.longTasks).toBe(1);
  });

  it('adds the work of every script under a prefix, a call nested in another file counted once, and only theirs', () => {
    const dist = 'http://shop.test:1234/packages/attribution/dist/rujuk.';
    const cost = scriptCost(
      [
        event('EvaluateScript', 1_000, 400, `${dist}global.js`),
        event('MarkLoad', 2_000, undefined),
        event('EvaluateScript', 3_000, 600, `${dist}forms.js`),
        event('FunctionCall', 3_100, 300, `${dist}global.js`),
        event('FunctionCall', 4_000, 200, `${dist}global.js`),
        event('FunctionCall', 5_000, 900, 'http://shop.test:1234/packages/widget/dist/rujuk-widget.js'),
        event('FunctionCall', 6_000, 700, 'http://shop.test:1234/c/snippet/floor.js'),
      ],
      { prefix: dist },
    );
    expect(cost).toEqual({ beforeLoadMs: 0.4, totalMs: 1.2, cpuMs: 1.2, longTasks: 0 });
  });

  it('counts only the one file when given a URL, not the files beside it', () => {
    const cost = scriptCost(
      [
        event('EvaluateScript', 1_000, 400, 'http://shop.test:1234/rujuk.js'),
        event('EvaluateScript', 3_000, 600, 'http://shop.test:1234/rujuk.js.forms.js'),
      ],
      URL,
    );
    expect(cost.totalMs).toBe(0.4);
  });

  it('answers NaN when the script never ran, rather than a cost of zero', () => {
    expect(scriptCost([event('EvaluateScript', 1_000, 400, 'http://x/other.js')], URL).totalMs).toBeNaN();
  });
});

describe('mergeIntervals', () => {
  it('merges overlapping and nested intervals and keeps the separate ones apart', () => {
    expect(
      mergeIntervals([
        [5, 8],
        [0, 4],
        [1, 2],
        [3, 6],
        [10, 11],
      ]),
    ).toEqual([
      [0, 8],
      [10, 11],
    ]);
  });
});
