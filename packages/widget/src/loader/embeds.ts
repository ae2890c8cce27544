import type { PageWidget } from '../ui/mount-from-page.js';
import { mountWidget } from './mount-chunks.js';
import { script } from './page-script.js';

const embeds = new Map<Element, Promise<PageWidget | undefined>>();

/** Mounts a widget in each new `[data-rujuk-embed]` element of the page, and unmounts those that left it. */
export function scanEmbeds(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-rujuk-embed]')) {
    if (!embeds.has(element)) {
      embeds.set(element, mountWidget(element, element.getAttribute('data-rujuk-embed') || 'share', [script, element]));
    }
  }
  for (const [element, widget] of embeds) {
    if (!element.isConnected) {
      embeds.delete(element);
      widget.then((mounted) => mounted?.unmount());
    }
  }
}
