import type { PageContender, ScriptTag } from './page-contenders.js';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const tag = ({ src, attributes = {} }: ScriptTag): string => {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<script src="${escapeAttribute(src)}"${attrs}></script>`;
};

/**
 * The probe after the install: records on `window.__benchCapture` the time (from navigation start)
 * at which the contender first answers with the referral, checking right away and then on every
 * task for up to 10 s.
 */
export const captureProbe = (probe: string): string =>
  `(function(){var t=performance.now();function c(){var ok=false;try{ok=${probe}}catch(e){}` +
  `if(ok){window.__benchCapture=performance.now();return}if(performance.now()-t<1e4)setTimeout(c,0)}c()})();`;

/**
 * The one page every contender is measured on: the same head, copy and markup (a share-button row and
 * an opener button that stay inert without their script, then the contender's `body` markup if it has
 * any), with the contender's install at the end of the body as a plain, parser-blocking script so
 * every script runs at the same point of the load.
 * With `probe`, the capture probe follows the install (capture loads only: its polling would count
 * as page cost).
 */
export function benchPage(contender: PageContender, { probe = false } = {}): string {
  const inline = [contender.install, probe && contender.probe && captureProbe(contender.probe)]
    .filter(Boolean)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demo Shop</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem}</style>
${contender.head ?? ''}
</head>
<body>
<main>
<h1>Demo Shop</h1>
<p>Hand-made ceramics, shipped worldwide. Your friend sent you 20% off your first order.</p>
<div class="shareon" data-url="https://shop.test/?ref=ANNA42"><a class="facebook"></a><a class="linkedin"></a><a class="telegram"></a><a class="whatsapp"></a></div>
<button type="button" data-rujuk-open>Refer a friend</button>
${contender.body ? `${contender.body}\n` : ''}</main>
${contender.scripts.map(tag).join('\n')}
${inline ? `<script>${inline}</script>` : ''}
</body>
</html>`;
}
