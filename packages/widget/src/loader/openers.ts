import { openFrom } from './popup.js';

/** Opens the popup when a `[data-rujuk-open]` element (or something inside one) is clicked, with that element's options. */
export function watchOpeners(): void {
  // Captured on the window, the first to hear a click: a page that stops the click's propagation on
  // its way up (a React `onClick` calling `stopPropagation()`) still opens the popup.
  addEventListener(
    'click',
    (event) => {
      const target = (event.target as Element | null)?.closest?.('[data-rujuk-open]');
      if (target) {
        event.preventDefault();
        openFrom(target);
      }
    },
    true,
  );
}
