import { scanEmbeds } from './embeds.js';
import { configureFromScript } from './launcher-and-trigger.js';
import { script } from './page-script.js';

/**
 * Once the DOM is ready, shows the launcher, arms the trigger and mounts the embeds; then follows the
 * script tag's attributes and the page's changes.
 */
export function watchPage(): void {
  const ready = () => {
    configureFromScript();
    scanEmbeds();
    let queued = false;
    const observer = new MutationObserver((mutations) => {
      if (mutations.some((mutation) => mutation.target === script)) configureFromScript();
      // Batch a burst of DOM changes (a framework rendering a page) into one scan.
      if (!queued) {
        queued = true;
        queueMicrotask(() => {
          queued = false;
          scanEmbeds();
        });
      }
    });
    observer.observe(document.documentElement, { subtree: true, childList: true });
    // The script tag's other attributes reach the mounted widgets through their own observers.
    if (script) observer.observe(script, { attributes: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
}
