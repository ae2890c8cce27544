/**
 * Runs work in idle time after the load event, so it costs the page nothing before it has loaded.
 * The idle callback is asked for on `pageshow`, which follows `load` in the same task: asked for in
 * a `load` listener, the page's first touch of `requestIdleCallback` (a tenth of a millisecond) would
 * still be part of its load event. `once`: a page restored from the back-forward cache shows again.
 */
export const afterLoad = (work: () => void): void => {
  const idle = () => (window.requestIdleCallback || setTimeout)(work);
  document.readyState == 'complete' ? idle() : addEventListener('pageshow', idle, { once: true });
};
