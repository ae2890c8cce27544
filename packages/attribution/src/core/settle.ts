import type { Callback } from '../types.js';

/**
 * Returns the promise, marked as handled (failures are reported through `rujuk:error`, so a caller
 * ignoring it sees no unhandled rejection), and feeds an optional node-style callback.
 */
export const settle = <T>(promise: Promise<T>, callback?: Callback<T>): Promise<T> => {
  promise
    .then(
      (value) => callback?.(null, value),
      (error) => callback?.(error),
    )
    .catch(() => {});
  return promise;
};
