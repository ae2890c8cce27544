#!/usr/bin/env node
// `pnpm dev`: the reference backend on its embedded database, seeded with the demo program, plus the
// example shop on Vite's dev server (and the static examples) using the script tags exactly as a site
// owner pastes them. Run `pnpm build` first (`npm run demo` does both).
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemo } from './demo-site.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

// Kept between runs so Anna is still there tomorrow; RUJUK_DATA_DIR puts it elsewhere.
const dataDir = resolve(process.env.RUJUK_DATA_DIR || join(root, '.rujuk-data/demo'));

let demo;
try {
  demo = await startDemo({
    apiPort: Number(process.env.RUJUK_API_PORT ?? 8787),
    sitePort: Number(process.env.RUJUK_SITE_PORT ?? 5173),
    dataDir,
    logger: process.env.RUJUK_LOG === '1',
  });
} catch (error) {
  const busy = error?.code === 'EADDRINUSE';
  console.error(
    busy
      ? `Port ${error.port} is taken (is the demo already running?). Stop it, or set RUJUK_SITE_PORT / RUJUK_API_PORT.`
      : `The demo could not start: ${error?.message ?? error}`,
  );
  process.exit(1);
}

/** `path` relative to where the command runs when it lies inside, else absolute. */
function shortPath(path) {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') ? near : path;
}

const friendUrl = demo.siteUrl.replace('localhost', '127.0.0.1');
const rows = [
  ['Shop', `${demo.siteUrl}/`, 'the demo store (Vite): products, checkout, sign-up, account'],
  ['Your account', `${demo.siteUrl}/account.html`, 'join as the referrer and get your link'],
  ['Play the friend', `${friendUrl}/`, 'the same shop under another host name: a fresh profile'],
  ['Admin', demo.adminUrl, 'sign in with any user name and the secret key as password'],
  ['Examples', `${demo.siteUrl}/script-tag/`, 'one static page, no build step'],
  ['', `${demo.siteUrl}/styling/`, 'the widget in three brands, styled with attributes'],
  ['API', `${demo.apiUrl}/v1/program`, ''],
  ['Publishable key', demo.keys.publishableKey, ''],
  ['Secret key', demo.keys.secretKey, 'server-side calls and the admin page only'],
  ['Data', shortPath(dataDir), 'delete it to start over'],
];
const width = Math.max(...rows.map(([, value]) => value.length));
console.log(`
  Rujuk demo is running.

${rows.map(([label, value, note]) => `  ${label.padEnd(16)} ${value.padEnd(width)}  ${note}`.trimEnd()).join('\n')}

  The loop: open Your account, join, copy your link and open it with "Open as a friend" (or in a
  private window). Sign up and buy as the friend, then watch your account page count the click,
  the sign-up, the purchase and your reward. Press Ctrl+C to stop.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await demo.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
