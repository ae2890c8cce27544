#!/usr/bin/env node
// `pnpm --filter @rujuk-examples/first-party-express start`: the shop on http://127.0.0.1:3000, talking
// to the Rujuk backend at RUJUK_API_URL, or to a reference backend started here (in memory, seeded).
import { startShop } from './src/shop-server.mjs';

const DEMO_KEYS = { publishableKey: 'pk_demoRujukExample0001', secretKey: 'sk_demoRujukExampleSecret0000001' };
let apiUrl = process.env.RUJUK_API_URL;
let backend;
if (!apiUrl) {
  const { startServer } = await import('@rujuk/server');
  // One trusted hop: the shop in front of it, so clicks are counted against the visitor's address.
  backend = await startServer({ port: 0, host: '127.0.0.1', keys: DEMO_KEYS, seed: true, trustProxy: 1 });
  apiUrl = backend.url;
}
const shop = await startShop({
  apiUrl,
  publishableKey: process.env.RUJUK_PUBLISHABLE_KEY ?? DEMO_KEYS.publishableKey,
  secretKey: process.env.RUJUK_SECRET_KEY ?? DEMO_KEYS.secretKey,
  port: Number(process.env.PORT ?? 3000),
});
console.log(`
  First-party Express example is running.

  Shop, referred by Anna   ${shop.url}/?ref=ANNA42
  Rujuk, first-party       ${shop.url}/_rujuk/rujuk.global.js
  Rujuk backend            ${apiUrl}${backend ? '  (started here, in memory, with the demo data)' : ''}

  Turn on your ad-blocker: nothing on the page talks to the backend's host.
  Press Ctrl+C to stop.
`);
const stop = () => Promise.allSettled([shop.close(), backend?.close()]).then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
