#!/usr/bin/env node
// `pnpm --filter @rujuk-examples/node-server start`: the example shop on http://127.0.0.1:3000, talking
// to the Rujuk backend at RUJUK_API_URL, or to a reference backend started here (in memory, seeded).
import { startShop } from './src/shop-server.mjs';

const DEMO_KEYS = { publishableKey: 'pk_demoRujukExample0001', secretKey: 'sk_demoRujukExampleSecret0000001' };
let apiUrl = process.env.RUJUK_API_URL;
let backend;
if (!apiUrl) {
  const { startServer } = await import('@rujuk/server');
  backend = await startServer({ port: 0, keys: DEMO_KEYS, seed: true });
  apiUrl = backend.url;
}
const shop = await startShop({
  apiUrl,
  publishableKey: process.env.RUJUK_PUBLISHABLE_KEY ?? DEMO_KEYS.publishableKey,
  secretKey: process.env.RUJUK_SECRET_KEY ?? DEMO_KEYS.secretKey,
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? 'whsec_example',
  // Set when the shop's /webhooks/rujuk endpoint is already configured in Rujuk; otherwise it is added at start.
  rujukWebhookSecret: process.env.RUJUK_WEBHOOK_SECRET,
  port: Number(process.env.PORT ?? 3000),
  log: (line) => console.log(`  webhook  ${line}`),
});
console.log(`
  Node server example is running.

  Shop, referred by Anna   ${shop.url}/?ref=ANNA42
  Rujuk backend            ${apiUrl}${backend ? '  (started here, in memory, with the demo data)' : ''}

  Check out and pay: the webhook confirms the purchase in Rujuk with the secret key.
  Press Ctrl+C to stop.
`);
const stop = () => Promise.allSettled([shop.close(), backend?.close()]).then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
