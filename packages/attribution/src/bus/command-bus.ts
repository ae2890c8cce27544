/** A command handler registered on the shared `window.rujuk` bus. */
export type Handler = (...args: unknown[]) => unknown;

/** The shared command function: queued `arguments` in `q`, handlers in `h`. */
export interface Bus {
  (command: string, ...args: unknown[]): unknown;
  q: ArrayLike<unknown>[];
  h: Record<string, Handler>;
}

/**
 * Whether `window.rujuk` is free or a Rujuk function: the documented stub (which only gets `q` on
 * its first call, so an uncalled one is recognised by its source mentioning `.q`) or a Rujuk dispatcher.
 */
export const isOurs = (value: unknown): boolean =>
  // `includes`, not a regular expression: the stub is on most pages, and compiling a pattern is a
  // tenth of a millisecond before their load event.
  !value || (typeof value == 'function' && !!((value as Bus).q || (value as Bus).h || ('' + value).includes('.q')));

/**
 * Installs (once, keeping the queue and the handlers other Rujuk scripts put there) the dispatcher
 * on `window.rujuk`, registers `handlers` (each guarded, so no command throws into the page) and
 * replays in order the queued calls they handle, leaving the rest queued. Returns `undefined`,
 * with one warning, when `window.rujuk` belongs to someone else.
 */
export const installBus = (handlers: Record<string, Handler>): Bus | undefined => {
  const w = window as unknown as { rujuk?: Bus };
  let bus = w.rujuk;
  const queue = bus?.q || [];
  if (!isOurs(bus)) {
    console.warn('Rujuk: window.rujuk is taken');
    return;
  }
  if (!bus?.h) {
    const table: Record<string, Handler> = {};
    bus = w.rujuk = function (command: string, ...args: unknown[]) {
      // biome-ignore lint/complexity/noArguments: the queue keeps `arguments` objects, like the stub
      return table[command] ? table[command](...args) : queue.push(arguments);
    } as Bus;
    bus.q = queue;
    bus.h = table;
  }
  for (const name in handlers)
    bus.h[name] = (...args) => {
      try {
        return handlers[name]!(...args);
      } catch {}
    };
  for (const call of queue.splice(0)) bus(...(Array.from(call) as [string]));
  return bus;
};
