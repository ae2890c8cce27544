import { observeCommand } from '../bus/observe-command.js';

type Listener = (granted: boolean) => void;

const listeners = new Set<Listener>();
let given: boolean | undefined;
let watching = false;

/**
 * Follows `rujuk('consent', true | false)` on the shared bus, whichever script answers it, from the
 * first call on: `listener` hears every later answer, and at once the last one given.
 */
export function watchConsent(listener?: Listener): void {
  if (!watching) {
    watching = true;
    observeCommand('consent', (granted) => {
      given = Boolean(granted);
      for (const each of listeners) each(given);
    });
  }
  if (listener) {
    listeners.add(listener);
    if (given !== undefined) listener(given);
  }
}
