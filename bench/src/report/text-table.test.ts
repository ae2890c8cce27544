import { describe, expect, it } from 'vitest';
import { fixed, pair, textTable } from './text-table.js';

describe('textTable', () => {
  it('aligns names left and figures right under a rule as wide as each column', () => {
    expect(
      textTable(
        ['name', 'B'],
        [
          ['rujuk', '1200'],
          ['squatch-js', '11908'],
        ],
      ),
    ).toBe(['name            B', '----------  -----', 'rujuk        1200', 'squatch-js  11908'].join('\n'));
  });
});

describe('fixed', () => {
  it('prints missing or impossible figures as n/a rather than NaN or Infinity', () => {
    expect([fixed(Number.NaN), fixed(Number.POSITIVE_INFINITY), fixed(null), fixed(2.345, 2)]).toEqual([
      'n/a',
      'n/a',
      'n/a',
      '2.35',
    ]);
    expect(pair(1, 2.25, 1)).toBe('1.0 / 2.3');
  });
});
