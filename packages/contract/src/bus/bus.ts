import { LOG_PREFIX } from '../errors/log-prefix.js';
import { guard } from '../guard/guard.js';

/** A command handler registered on the shared `window.rujuk` bus: it answers a command. */
export type Handler = (...args: unknown[]) => unknown;

/** A listener on the shared bus: it hears a command's arguments without answering it. */
export type Listener = (...args: unknown[]) => void;

/**
 * The shared command function: queued `arguments` in `q` (calls no handler answered yet), one handler
 * per command in `h`, any number of listeners per command in `l`.
 */
export interface Bus {
  (command: string, ...args: unknown[]): unknown;
  q: ArrayLike<unknown>[];
  h: Record<string, Handler>;
  l?: (command: string, ...args: unknown[]) => void;
}

/** The page's `window`, seen as the holder of the bus. */
export const page = (): { rujuk?: Bus } => window as never;

/**
 * Whether `window.rujuk` is free or a Rujuk function: the documented stub (which only gets `q` on
 * its first call, so an uncalled one is recognised by its source mentioning `.q`) or a Rujuk dispatcher.
 */
export const isOurs = (value: unknown): unknown =>
  // `includes`, not a regular expression: the stub is on most pages, and compiling a pattern is a
  // tenth of a millisecond before their load event.
  !value || (typeof value == 'function' && ((value as Bus).q || (value as Bus).h || ('' + value).includes('.q')));

/**
 * Installs (once, keeping the queue and the handlers other Rujuk scripts put there) the dispatcher
 * on `window.rujuk`, registers `handlers` (each guarded, so no command throws into the page) and
 * replays in order the queued calls they answer, leaving the rest queued. Returns `undefined`, with
 * one warning, when `window.rujuk` belongs to someone else.
 */
export const installBus = (handlers: Record<string, Handler>): Bus | undefined => {
  const w = page();
  let bus = w.rujuk;
  const queue = bus?.q || [];
  if (!isOurs(bus)) {
    console.warn(LOG_PREFIX + ' window.rujuk is taken');
    return;
  }
  if (!bus?.h) {
    const table: Bus['h'] = {};
    bus = w.rujuk = function (this: unknown, command: string, ...args: unknown[]) {
      // A replay (called on the queue itself) is not heard again: listeners heard the call when it was
      // made, or when they began listening.
      this != queue && bus!.l?.(command, ...args);
      // biome-ignore lint/complexity/noArguments: the queue keeps `arguments` objects, like the stub
      return table[command] ? table[command](...args) : queue.push(arguments);
    } as Bus;
    bus.q = queue;
    bus.h = table;
  }
  for (const name in handlers) bus.h[name] = (...args) => guard(() => handlers[name]!(...args));
  for (const call of queue.splice(0)) bus.apply(queue, call as never);
  return bus;
};

/**
 * Calls `listener` with the arguments of every `command` call on the shared bus, without answering it,
 * whichever script answers and whenever it registers; calls already waiting in the queue are heard at
 * once. Installs the bus if the page has none; does nothing, silently, when `window.rujuk` is someone else's.
 */
export const listen = (command: string, listener: Listener): void => {
  // On someone else's `window.rujuk` the script's own `installBus` has already warned.
  const bus = isOurs(page().rujuk) ? installBus({}) : undefined;
  if (!bus) return;
  const hear: Listener = (...args) => guard(() => listener(...args));
  const others = bus.l;
  bus.l = (name, ...args) => {
    others?.(name, ...args);
    name == command && hear(...args);
  };
  for (const call of bus.q) {
    const [name, ...args] = Array.from(call);
    if (name == command) hear(...args);
  }
};
