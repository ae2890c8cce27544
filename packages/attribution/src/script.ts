// The script-tag build: reads its own tag's data-* attributes and starts. Bundled as an IIFE.
import { afterLoad } from './core/after-load.js';
import { start } from './core/start.js';
import { parseOptions } from './options/parse-options.js';

try {
  const script = document.currentScript as HTMLScriptElement;
  const go = () => {
    const config = parseOptions(script.dataset, new URL(script.src || location.href).origin);
    config ? start(config) : console.warn('Rujuk: data-key is missing');
  };
  // Without a query there is nothing to capture, so everything waits for idle time after load;
  // meanwhile the documented stub (installed here if the page lacks it) queues calls.
  if (location.search) go();
  else {
    const w = window as unknown as { rujuk?: unknown };
    if (!w.rujuk) {
      const queue: unknown[] = [];
      w.rujuk = Object.assign(
        function () {
          // biome-ignore lint/complexity/noArguments: the stub queues `arguments` objects
          queue.push(arguments);
        },
        { q: queue },
      );
    }
    afterLoad(go);
  }
} catch {}
