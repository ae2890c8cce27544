import { watchConsent } from '../consent/watch-consent.js';
import { type OptionsSource, parseWidgetOptions } from '../options/parse-options.js';
import type { Frequency } from '../options/types.js';
import { WATCHED_ATTRIBUTES } from '../options/watched-attributes.js';
import { setConsent } from '../storage/safe-storage.js';
import { markAutoOpened } from '../triggers/frequency.js';
import { type MountExtras, mountResolved } from './mount.js';

/** A widget the script-tag loader mounted, configured by page elements. */
export interface PageWidget {
  /**
   * Opens the popup with these sources' options (the script tag, its opener, the `open` command's
   * options); `automatic` is the frequency cap of the trigger that opened it, recorded here.
   */
  open(sources: OptionsSource[], automatic?: Frequency): void;
  close(): void;
  unmount(): void;
}

/**
 * Mounts a widget whose options come from page elements and objects, later sources winning, and
 * re-renders it whenever a watched attribute of one of those elements changes.
 */
export function mountFromPage(host: HTMLElement, initial: OptionsSource[], extras: MountExtras): PageWidget {
  // The loader has followed consent since the page started: what the widget stores waits for it.
  watchConsent(setConsent);
  let sources = initial;
  const handle = mountResolved(host, parseWidgetOptions(...sources), extras);
  const refresh = () => handle.update(parseWidgetOptions(...sources));
  const observer = new MutationObserver(refresh);
  const watch = () => {
    observer.disconnect();
    for (const source of sources) {
      if (source instanceof Element) {
        observer.observe(source, {
          attributes: true,
          attributeFilter: [...WATCHED_ATTRIBUTES, 'data-key', 'data-api'],
        });
      }
    }
  };
  watch();
  return {
    open(next, automatic) {
      sources = next;
      watch();
      refresh();
      handle.open();
      if (automatic) markAutoOpened(automatic);
    },
    close: handle.close,
    unmount() {
      observer.disconnect();
      handle.unmount();
    },
  };
}
