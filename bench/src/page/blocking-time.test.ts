import { describe, expect, it } from 'vitest';
import { totalBlockingTime } from './blocking-time.js';

describe('totalBlockingTime', () => {
  it('counts only what each long task spends beyond 50 ms', () => {
    expect(
      totalBlockingTime(
        [
          { startTime: 100, duration: 80 },
          { startTime: 300, duration: 120 },
        ],
        0,
        1000,
      ),
    ).toBe(30 + 70);
  });

  it('ignores tasks of 50 ms or less, which do not block input noticeably', () => {
    expect(totalBlockingTime([{ startTime: 100, duration: 50 }], 0, 1000)).toBe(0);
  });

  it('clips a task that starts before first contentful paint to the part after it, as Lighthouse does', () => {
    expect(totalBlockingTime([{ startTime: 100, duration: 200 }], 200, 1000)).toBe(50);
  });

  it('leaves out tasks after the end of the observation window', () => {
    expect(totalBlockingTime([{ startTime: 1200, duration: 300 }], 0, 1000)).toBe(0);
  });
});
