import type { Handler as CommandHandler } from '@rujuk/contract';
import type { WidgetOptions } from '../options/types.js';

/** A command of the `rujuk()` queue that runs `run`: it takes optional options and a trailing callback, and returns a Promise. */
export const asyncCommand =
  (run: (extra?: WidgetOptions) => Promise<void>): CommandHandler =>
  (...args) => {
    const done = typeof args.at(-1) === 'function' ? (args.pop() as () => void) : null;
    const result = run(args[0] && typeof args[0] === 'object' ? (args[0] as WidgetOptions) : undefined);
    if (done) result.then(done, done);
    return result;
  };
