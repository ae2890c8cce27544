/** A command handler registered on the shared `window.rujuk` bus. */
export type CommandHandler = (...args: unknown[]) => unknown;

/** The shared command function: queued calls in `q`, handlers in `h`. */
export interface CommandBus {
  (command: string, ...args: unknown[]): unknown;
  q?: IArguments[] | unknown[][];
  h?: Record<string, CommandHandler>;
}

/**
 * Installs (once) the dispatcher on `window.rujuk`, keeping the queue and handlers other Rujuk
 * scripts already put there, registers `handlers`, then replays in order the queued calls it
 * can now handle. Returns false, with one warning, when `window.rujuk` belongs to someone else.
 */
export function installCommandBus(handlers: Record<string, CommandHandler>): boolean {
  const w = window as unknown as { rujuk?: CommandBus };
  let bus = w.rujuk;
  // The documented stub only gets `q` on its first call, so an uncalled stub is recognised by its source.
  if (bus && (typeof bus !== 'function' || !(bus.q || bus.h || /\.q\s*=/.test(String(bus))))) {
    console.warn('[rujuk] window.rujuk belongs to another script');
    return false;
  }
  const queue = (bus?.q ?? []) as unknown[][];
  if (!bus?.h) {
    const table: Record<string, CommandHandler> = {};
    const dispatch: CommandBus = function (this: unknown, command: string, ...args: unknown[]) {
      const handler = table[command];
      if (handler) return handler(...args);
      // biome-ignore lint/complexity/noArguments: the queue stores `arguments` objects by convention
      queue.push(arguments as unknown as unknown[]);
    };
    dispatch.q = queue;
    dispatch.h = table;
    w.rujuk = bus = dispatch;
  }
  Object.assign(bus.h!, handlers);
  const waiting = queue.splice(0);
  for (const call of waiting) {
    const [command, ...args] = Array.from(call) as [string, ...unknown[]];
    const handler = bus.h![command];
    if (!handler) queue.push(call);
    else {
      try {
        handler(...args);
      } catch (error) {
        console.error(error);
      }
    }
  }
  return true;
}

/** Calls a command on the shared bus (queued there until a script handles it); `undefined` without a bus. */
export function callCommand(command: string, ...args: unknown[]): unknown {
  try {
    const bus = (window as unknown as { rujuk?: CommandBus }).rujuk;
    return typeof bus === 'function' ? bus(command, ...args) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a handler for `command` is registered on the shared bus. */
export function hasCommand(command: string): boolean {
  return Boolean((window as unknown as { rujuk?: CommandBus }).rujuk?.h?.[command]);
}
