import type { Frequency, WidgetOptions } from '../options/types.js';
import type { PageWidget } from '../ui/mount-from-page.js';
import { mountWidget } from './mount-chunks.js';
import { script } from './page-script.js';

// The page's one popup, mounted on its first open.
let popup: Promise<PageWidget | undefined> | undefined;
// The `[data-rujuk-open]` element that opened it last, whose options it shows; `null` for none.
let opener: Element | null = null;

/**
 * Opens the popup with the options of the script tag, of its opener and of `extra` (the `open`
 * command's); `automatic` is the frequency cap of the trigger that opens it.
 */
export async function openPopup(extra?: WidgetOptions, automatic?: Frequency): Promise<void> {
  const sources = [script, opener, extra, { view: null }];
  if (!popup) {
    const host = document.createElement('div');
    host.setAttribute('data-rujuk-popup', '');
    document.body.append(host);
    // A popup that could not mount (its files did not download) is tried again on the next open.
    popup = mountWidget(host, null, sources).then((widget) => {
      if (!widget) {
        host.remove();
        popup = undefined;
      }
      return widget;
    });
  }
  (await popup)?.open(sources, automatic);
}

/** Opens the popup from `element` (a `[data-rujuk-open]` element, `null` for the launcher and the triggers), with its options. */
export function openFrom(element: Element | null, automatic?: Frequency): Promise<void> {
  opener = element;
  return openPopup(undefined, automatic);
}

/** Closes the popup, if it is open. */
export const closePopup = async (): Promise<void> => (await popup)?.close();
