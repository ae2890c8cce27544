import { describe, expect, it } from 'vitest';
import { runPool } from './pool.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('runPool', () => {
  it('never runs more than `jobs` tasks at once, starts the next as one ends, and keeps the order of results', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const tasks = [30, 5, 5, 5, 5].map((ms, index) => async () => {
      started.push(index);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return index * 10;
    });
    expect(await runPool(tasks, 2)).toEqual([0, 10, 20, 30, 40]);
    expect(most).toBe(2);
    // Task 0 is long: the short ones all run through the second slot meanwhile, in order.
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it('runs one at a time with one job, and treats fewer than one as one', async () => {
    for (const jobs of [1, 0]) {
      let running = 0;
      let most = 0;
      const tasks = [1, 2, 3].map(() => async () => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
      });
      await runPool(tasks, jobs);
      expect(most).toBe(1);
    }
  });
});
