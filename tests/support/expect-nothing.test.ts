import { describe, expect, it } from 'vitest';
import { expectNothingFor } from './expect-nothing.js';

describe('expectNothingFor', () => {
  it('passes when nothing happens for the whole window, and keeps the window open that long', async () => {
    const started = Date.now();
    let reads = 0;
    await expectNothingFor('second click', {
      after: async () => undefined,
      probe: () => ++reads,
      happened: () => false,
      ms: 120,
      intervalMs: 10,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(120);
    expect(reads).toBeGreaterThan(2);
  });

  it('fails as soon as the thing happens, naming it and the value seen', async () => {
    let clicks = 1;
    setTimeout(() => {
      clicks = 2;
    }, 30);
    const started = Date.now();
    await expect(
      expectNothingFor('second click', {
        after: async () => undefined,
        probe: () => clicks,
        happened: (count) => count > 1,
        ms: 5_000,
        intervalMs: 10,
      }),
    ).rejects.toThrow('Expected no second click within 5000 ms, but saw 2');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('opens the window only once the page is in the state under test', async () => {
    const events: string[] = [];
    await expectNothingFor('popup', {
      after: () =>
        new Promise((resolve) =>
          setTimeout(() => {
            events.push('ready');
            resolve(undefined);
          }, 30),
        ),
      probe: () => events.push('probe'),
      happened: () => false,
      ms: 20,
    });
    expect(events[0]).toBe('ready');
    expect(events).toContain('probe');
  });

  it('fails when the page never reaches the state under test', async () => {
    await expect(
      expectNothingFor('popup', {
        after: () => Promise.reject(new Error('the loader never ran')),
        probe: () => 0,
        happened: () => false,
        ms: 20,
      }),
    ).rejects.toThrow('the loader never ran');
  });
});
