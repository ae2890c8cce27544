// The script-tag build: reads its own tag's data-* attributes and starts. Bundled as an IIFE.
import { type Bus, isOurs, LOG_PREFIX } from '@rujuk/contract';
import { afterLoad } from './core/after-load.js';
import { start } from './core/start.js';
import { ownScript } from './options/own-script.js';
import { parseOptions } from './options/parse-options.js';

try {
  const w = window as unknown as { rujuk?: Bus };
  const waiting = w.rujuk;
  let script: HTMLScriptElement | null | undefined;
  let started: unknown;
  const go = () => {
    if (!started) {
      started = 1;
      const tag = script || ownScript();
      const config = tag && parseOptions(tag.dataset, new URL(tag.src || location.href).origin);
      config ? start(config) : console.warn(LOG_PREFIX + ' data-key is missing');
    }
  };
  // Without a query and with no call waiting there is nothing to do before idle time after load,
  // not even reading the tag: the first element a page's scripts touch costs about a millisecond.
  // Until then a stand-in stub takes calls, and the first one starts the snippet at once, so a
  // conversion reported just before leaving the page is never stranded. The query is looked for in
  // `document.URL`: the page's first touch of `location` costs a tenth of a millisecond more. A `?`
  // in the fragment only starts the snippet early.
  if (document.URL.includes('?') || waiting?.q?.[0] || !isOurs(waiting) || waiting?.h) {
    script = document.currentScript as HTMLScriptElement | null;
    go();
  } else {
    const queue = waiting?.q || [];
    const stub = function (this: unknown): unknown {
      go();
      // biome-ignore lint/complexity/noArguments: forwarded as is, or queued like the stub does
      return w.rujuk != stub ? w.rujuk!.apply(this, arguments as never) : queue.push(arguments);
    } as unknown as Bus;
    (w.rujuk = stub).q = queue;
    afterLoad(go);
  }
} catch {}
