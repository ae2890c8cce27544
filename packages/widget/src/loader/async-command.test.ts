import { describe, expect, it, vi } from 'vitest';
import { asyncCommand } from './async-command.js';

describe('asyncCommand', () => {
  it('runs with the options object and returns its Promise', async () => {
    const run = vi.fn(async () => {});
    const result = asyncCommand(run)({ title: 'Hi' });
    expect(result).toBeInstanceOf(Promise);
    await result;
    expect(run).toHaveBeenCalledWith({ title: 'Hi' });
  });

  it('calls a trailing callback once done, with or without options, and when the run fails', async () => {
    const done = vi.fn();
    await asyncCommand(async () => {})(done);
    await asyncCommand(async () => {})({ title: 'Hi' }, done);
    const failed = asyncCommand(() => Promise.reject(new Error('offline')))(done) as Promise<void>;
    await failed.catch(() => {});
    expect(done).toHaveBeenCalledTimes(3);
  });

  it('runs without options when the first argument is not an object', async () => {
    const run = vi.fn(async () => {});
    await asyncCommand(run)('share');
    expect(run).toHaveBeenCalledWith(undefined);
  });
});
