import { describe, expect, it } from 'vitest';
import { backoff } from './backoff.js';

describe('backoff', () => {
  it('doubles from 1 s up to 60 s, jittered between half and all of the step', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 12].map((n) => backoff(n, null, 1))).toEqual([
      1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000,
    ]);
    expect(backoff(1, null, 0)).toBe(500);
    expect(backoff(6, null, 0)).toBe(16000);
  });

  it('waits at least as long as Retry-After says', () => {
    expect(backoff(1, '30', 0)).toBe(30_000);
    expect(backoff(1, 'soon', 0)).toBe(500);
  });
});
