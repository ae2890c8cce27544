#!/usr/bin/env node
// `pnpm --filter @rujuk-examples/first-party-next start`: a reference backend in memory with the demo
// data (unless RUJUK_API_URL is set), then `next dev` on http://127.0.0.1:3000 talking to it.
// `start --production` runs `next build` and `next start` instead, as the app is deployed.
import { spawn } from 'node:child_process';

const DEMO_KEYS = { publishableKey: 'pk_demoRujukExample0001', secretKey: 'sk_demoRujukExampleSecret0000001' };
const production = process.argv.includes('--production');
const port = process.env.PORT ?? '3000';
let apiUrl = process.env.RUJUK_API_URL;
let backend;
if (!apiUrl) {
  const { startServer } = await import('@rujuk/server');
  // One trusted hop: the Next.js server in front of it, so clicks count against the visitor's address.
  backend = await startServer({ port: 0, host: '127.0.0.1', keys: DEMO_KEYS, seed: true, trustProxy: 1 });
  apiUrl = backend.url;
}
const env = {
  ...process.env,
  // Nothing leaves the machine: no usage reports to Next.js.
  NEXT_TELEMETRY_DISABLED: '1',
  RUJUK_API_URL: apiUrl,
  NEXT_PUBLIC_RUJUK_KEY: process.env.NEXT_PUBLIC_RUJUK_KEY ?? DEMO_KEYS.publishableKey,
};

let next;
const stop = () => {
  next?.kill('SIGTERM');
  Promise.allSettled([backend?.close()]).then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** Runs the app's own `next` with `args`; resolves with its exit code. */
const run = (args) => {
  next = spawn('next', args, { stdio: 'inherit', env });
  return new Promise((resolve) => next.on('exit', resolve));
};

// The publishable key is inlined into the pages when they are built, so a build is for one backend.
if (production && (await run(['build'])) !== 0) {
  await backend?.close();
  process.exit(1);
}
console.log(`\n  Rujuk backend  ${apiUrl}\n  Shop, referred by Anna  http://127.0.0.1:${port}/?ref=ANNA42\n`);
await run([production ? 'start' : 'dev', '--hostname', '127.0.0.1', '--port', port]);
stop();
