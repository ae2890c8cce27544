#!/usr/bin/env node
// `pnpm --filter @rujuk-examples/first-party-next start`: a reference backend in memory with the demo
// data (unless RUJUK_API_URL is set), then `next dev` on http://127.0.0.1:3000 talking to it.
import { spawn } from 'node:child_process';

const DEMO_KEYS = { publishableKey: 'pk_demoRujukExample0001', secretKey: 'sk_demoRujukExampleSecret0000001' };
let apiUrl = process.env.RUJUK_API_URL;
let backend;
if (!apiUrl) {
  const { startServer } = await import('@rujuk/server');
  // One trusted hop: the Next.js server in front of it, so clicks count against the visitor's address.
  backend = await startServer({ port: 0, host: '127.0.0.1', keys: DEMO_KEYS, seed: true, trustProxy: 1 });
  apiUrl = backend.url;
}
console.log(
  `\n  Rujuk backend  ${apiUrl}\n  Shop, referred by Anna  http://127.0.0.1:${process.env.PORT ?? 3000}/?ref=ANNA42\n`,
);
const next = spawn('next', ['dev', '--hostname', '127.0.0.1', '--port', process.env.PORT ?? '3000'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    RUJUK_API_URL: apiUrl,
    NEXT_PUBLIC_RUJUK_KEY: process.env.NEXT_PUBLIC_RUJUK_KEY ?? DEMO_KEYS.publishableKey,
  },
});
const stop = () => {
  next.kill('SIGTERM');
  Promise.allSettled([backend?.close()]).then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
next.on('exit', stop);
