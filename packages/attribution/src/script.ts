// The script-tag build: reads its own tag's data-* attributes and starts. Bundled as an IIFE.
import { start } from './core/start.js';
import { parseOptions } from './options/parse-options.js';

try {
  const script = document.currentScript as HTMLScriptElement;
  const config = parseOptions(script.dataset, new URL(script.src || location.href).origin);
  config ? start(config) : console.warn('Rujuk: data-key is missing');
} catch {}
