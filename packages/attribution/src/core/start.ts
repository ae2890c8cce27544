import { type Bus, installBus } from '@rujuk/contract';
import { capture } from '../capture/capture.js';
import { consent } from '../consent/consent.js';
import { convert } from '../conversions/convert.js';
import { currentReferral } from '../cookie/referral-store.js';
import { scan } from '../dom/scan.js';
import { identify } from '../join/identify.js';
import { join } from '../join/join.js';
import { onSubmit } from '../join/join-forms.js';
import type { Config } from '../options/config.js';
import { flushBeacons, resume, retryNow } from '../queue/queue.js';
import type { Callback } from '../types.js';
import { afterLoad } from './after-load.js';
import { S } from './state.js';

/** The commands registered on `window.rujuk`. */
export const commands = {
  ready: (callback?: Callback<void>) => Promise.resolve(callback?.(null)),
  convert,
  join,
  consent,
  identify,
  referral: currentReferral,
  // Whether storing and sending is allowed now, for the widget when it starts after a consent call.
  consented: () => S._ok,
};

/**
 * Starts the one tracker of the page: installs the command bus, replays queued calls, captures the
 * landing URL, and leaves the rest (stored queue, forms, links) to idle time after the load event,
 * so the snippet costs the page almost nothing before it has loaded. Returns the bus; a second
 * start (the script loaded twice) changes nothing.
 */
export const start = (config: Config): Bus | undefined => {
  const existing = (window as { rujuk?: Bus }).rujuk;
  if (existing?.h?.convert) return existing;
  S._cfg = config;
  S._ok = !config._required;
  const bus = installBus(commands as unknown as Record<string, (...args: unknown[]) => unknown>);
  if (bus) {
    capture();
    addEventListener('submit', onSubmit, true);
    // `beforeunload`, not `pagehide`: WebKit fires only `beforeunload` when a visitor leaves before
    // the load event. Every other way out passes `visibilitychange` to hidden, which stores what is
    // unacknowledged, so a page closed later in the background loses nothing either.
    addEventListener('beforeunload', flushBeacons);
    addEventListener('online', retryNow);
    addEventListener('visibilitychange', () => document.hidden && flushBeacons());
    afterLoad(() => {
      // biome-ignore lint/correctness/noUnusedVariables: read by `||=` below
      let timer: unknown;
      // A conversion reported before this point may already be waiting out a `Retry-After`.
      resume();
      scan();
      // One observer for forms and links added later; bursts of mutations are coalesced.
      new MutationObserver(() => {
        timer ||= setTimeout(() => {
          timer = scan();
        }, 99);
      }).observe(document, { childList: true, subtree: true });
    });
  }
  return bus;
};
