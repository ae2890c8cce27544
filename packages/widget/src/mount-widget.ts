import { watchConsent } from './consent/watch-consent.js';
import { loadLocale } from './i18n/load-locale.js';
import { createLauncher, type Launcher } from './launcher/create-launcher.js';
import { parseWidgetOptions } from './options/parse-options.js';
import type { ResolvedOptions, WidgetOptions } from './options/types.js';
import { WATCHED_ATTRIBUTES } from './options/watched-attributes.js';
import { requireConsent, setConsent } from './storage/safe-storage.js';
import { markAutoOpened } from './triggers/frequency.js';
import { watchTrigger } from './triggers/watch-trigger.js';
import { mountResolved } from './ui/mount.js';

/** Controls of a widget mounted with `mountWidget`. */
export interface MountedWidget {
  /** Merges new options over the current ones and re-renders. */
  update(options: WidgetOptions): void;
  /** Opens the popup (no-op for an inline embed). */
  open(): void;
  /** Closes the popup. */
  close(): void;
  /** Removes the widget, its launcher, triggers and observers. */
  unmount(): void;
}

/**
 * Mounts a widget into `element` (its shadow root): an inline embed when `view` is set, else a popup
 * with the optional launcher and trigger. The element's `data-rujuk-*` attributes win over `options`
 * and are watched, so a marketer can restyle it without code.
 */
export function mountWidget(element: HTMLElement, options: WidgetOptions): MountedWidget {
  if (options.consent === 'required') requireConsent();
  // `rujuk('consent', …)` reaches the widget through the shared command bus, as it reaches the snippet.
  watchConsent(setConsent);
  let given = options;
  let resolved = parseWidgetOptions(given, element);
  const handle = mountResolved(element, resolved, { loadLocale });
  let launcher: Launcher | null = null;
  let disarm = () => {};

  function extras(previous: ResolvedOptions | null) {
    if (resolved.view) {
      launcher?.remove();
      launcher = null;
      disarm();
      return;
    }
    if (resolved.launcher !== false) {
      launcher ??= createLauncher(() => handle.open());
      launcher.update(resolved.launcher, resolved.locale, resolved.position, resolved.accent);
    } else {
      launcher?.remove();
      launcher = null;
    }
    if (!previous || previous.trigger !== resolved.trigger) {
      disarm();
      const { frequency } = resolved;
      disarm = watchTrigger(resolved.trigger, frequency, () => {
        handle.open();
        markAutoOpened(frequency);
      });
    }
  }

  function refresh() {
    const previous = resolved;
    resolved = parseWidgetOptions(given, element);
    // Same trigger text means the same trigger: keep the armed one (and its timer) going.
    if (JSON.stringify(previous.trigger) === JSON.stringify(resolved.trigger)) resolved.trigger = previous.trigger;
    handle.update(resolved);
    extras(previous);
  }

  extras(null);
  const observer = new MutationObserver(refresh);
  observer.observe(element, { attributes: true, attributeFilter: WATCHED_ATTRIBUTES });

  return {
    update(next) {
      given = { ...given, ...next };
      refresh();
    },
    open: () => handle.open(),
    close: () => handle.close(),
    unmount() {
      observer.disconnect();
      disarm();
      launcher?.remove();
      handle.unmount();
    },
  };
}
