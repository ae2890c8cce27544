import { describe, expect, it } from 'vitest';
import { rotate } from './run-page-cost.js';

describe('rotate', () => {
  it('gives every contender every position once over as many rounds as there are contenders', () => {
    const list = ['a', 'b', 'c'];
    const rounds = [0, 1, 2].map((round) => rotate(list, round));
    expect(rounds).toEqual([
      ['a', 'b', 'c'],
      ['b', 'c', 'a'],
      ['c', 'a', 'b'],
    ]);
  });
});
