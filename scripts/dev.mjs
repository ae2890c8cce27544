#!/usr/bin/env node
// `pnpm dev`: the reference backend on its embedded database, seeded with the demo program, plus the
// example site that uses the script tags exactly as a site owner pastes them. Run `pnpm build` first.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const serverEntry = join(root, 'packages/server/dist/index.js');
if (!existsSync(serverEntry)) {
  console.error('The packages are not built yet: run `pnpm build` (or `npm run demo`, which does it).');
  process.exit(1);
}

const { startServer, demoProgram } = await import(pathToFileURL(serverEntry).href);
const { startSite } = await import(pathToFileURL(join(root, 'scripts/demo-site.mjs')).href);

// Fixed demo keys, so the example pages can carry them in their script tags like a real site would.
const keys = { publishableKey: 'pk_demoRujukExample0001', secretKey: 'sk_demoRujukExampleSecret0000001' };
const apiPort = Number(process.env.RUJUK_API_PORT ?? 8787);
const sitePort = Number(process.env.RUJUK_SITE_PORT ?? 5173);

const server = await startServer({
  port: apiPort,
  host: '127.0.0.1',
  dataDir: join(root, '.rujuk-data/demo'),
  keys,
  // Share links point at the example site, wherever it listens.
  config: { ...demoProgram, siteUrl: `http://localhost:${sitePort}/` },
  seed: true,
  logger: process.env.RUJUK_LOG === '1',
});
const site = await startSite({ port: sitePort, apiUrl: server.url, publishableKey: keys.publishableKey });

console.log(`
  Rujuk demo is running.

  Example site     ${site.url}/
  Reference API    ${server.url}/v1/program   (publishable key ${keys.publishableKey})
  Secret key       ${keys.secretKey}          (server-side calls only)
  Data             .rujuk-data/demo           (delete it to start over)

  Join on the example site, copy your link, and open it in a private window to play the friend.
  Press Ctrl+C to stop.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([site.close(), server.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
