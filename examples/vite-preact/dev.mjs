#!/usr/bin/env node
// `pnpm --filter @rujuk-examples/vite-preact dev`: the Vite dev server, plus a reference backend with the
// demo keys on 127.0.0.1:8787 unless one already answers there (say, `npm run demo` in another terminal).
import { createServer } from 'vite';

const DEMO_KEYS = { publishableKey: 'pk_demoRujukExample0001', secretKey: 'sk_demoRujukExampleSecret0000001' };
const apiUrl = process.env.VITE_RUJUK_API_URL ?? 'http://127.0.0.1:8787';
const running = await fetch(`${apiUrl}/v1/health`).then(
  (response) => response.ok,
  () => false,
);
let backend;
if (!running) {
  const { startServer } = await import('@rujuk/server');
  backend = await startServer({ port: Number(new URL(apiUrl).port || 8787), keys: DEMO_KEYS, seed: true });
}
const vite = await createServer({ root: import.meta.dirname });
await vite.listen();
console.log(`
  Vite + Preact example: ${vite.resolvedUrls?.local[0] ?? 'http://localhost:5174/'}
  Rujuk backend:         ${apiUrl}${backend ? '  (started here, in memory, with the demo data)' : '  (already running)'}
`);
const stop = () => Promise.allSettled([vite.close(), backend?.close()]).then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
