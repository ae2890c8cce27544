import type { CommandBus, CommandHandler } from './command-bus.js';

/**
 * Calls `listener` with the arguments of every `command` call on the shared bus, without answering it:
 * whichever Rujuk script answers (the snippet answers `consent`) still gets every call, whether it
 * registers its handler before or after, and calls that nobody answers yet stay queued for it. Calls
 * already waiting in the queue are heard at once. Does nothing without a Rujuk bus on `window.rujuk`.
 */
export function observeCommand(command: string, listener: (...args: unknown[]) => void): void {
  const bus = (window as unknown as { rujuk?: CommandBus }).rujuk;
  const table = bus?.h;
  if (!table) return;
  const queue = (bus.q ?? []) as unknown[][];
  const hear = (args: unknown[]) => {
    try {
      listener(...args);
    } catch {
      // The call still reaches the script that answers it.
    }
  };
  let answer = table[command];
  const observed: CommandHandler = (...args) => {
    hear(args);
    if (answer) return answer(...args);
    queue.push([command, ...args]);
  };
  // A script registers its handler by assigning it to the table: the setter keeps it behind the observer.
  Object.defineProperty(table, command, {
    configurable: true,
    enumerable: true,
    get: () => observed,
    set: (handler: CommandHandler) => {
      answer = handler;
    },
  });
  for (const call of queue) {
    const [name, ...args] = Array.from(call);
    if (name === command) hear(args);
  }
}
