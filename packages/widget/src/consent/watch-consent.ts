import { callCommand, hasCommand, listen } from '../bus/commands.js';

type Listener = (granted: boolean) => void;

const listeners = new Set<Listener>();
let given: boolean | undefined;
let watching = false;

/**
 * Follows `rujuk('consent', true | false)` on the shared bus, whichever script answers it, from the
 * first call on: `listener` hears every later answer, and at once the last one given. Consent the
 * snippet already holds (`rujuk('consented')`, answered before this script ran) counts as given.
 */
export function watchConsent(listener?: Listener): void {
  if (!watching) {
    watching = true;
    // Only a grant is adopted: a snippet still waiting for consent is no withdrawal, which would
    // delete what an earlier, consenting visit stored.
    if (hasCommand('consented') && callCommand('consented') === true) given = true;
    // Installs the bus when the page has none, so calls made from now on are heard too.
    listen('consent', (granted) => {
      given = Boolean(granted);
      for (const each of listeners) each(given);
    });
  }
  if (listener) {
    listeners.add(listener);
    if (given !== undefined) listener(given);
  }
}
