import { isOurs, page } from './bus.js';

/**
 * Calls a command on the shared bus (queued there until a script answers it); `undefined` when the
 * page has no Rujuk bus, so someone else's `window.rujuk` is never called.
 */
export const callCommand = (command: string, ...args: unknown[]): unknown => {
  const bus = page().rujuk;
  if (bus && isOurs(bus)) return bus(command, ...args);
};

/** Whether a script on the page answers `command` on the shared bus. */
export const hasCommand = (command: string): boolean => !!page().rujuk?.h?.[command];
