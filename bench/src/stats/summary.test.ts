import { describe, expect, it } from 'vitest';
import { quantile, summarize } from './summary.js';

describe('summarize', () => {
  it('takes the middle run as the median of an odd sample, whatever the order', () => {
    expect(summarize([9, 1, 5]).median).toBe(5);
  });

  it('takes the lower middle run as the median of an even sample (nearest rank, no invented value)', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2);
  });

  it('puts the 95th percentile of 20 runs on the 19th slowest', () => {
    const runs = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(quantile(runs, 0.95)).toBe(19);
    expect(summarize(runs)).toMatchObject({ n: 20, min: 1, max: 20 });
  });

  it('answers NaN for an empty sample instead of a made-up zero', () => {
    expect(summarize([]).median).toBeNaN();
  });
});
