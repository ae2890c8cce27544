// The demo: the reference backend (embedded database, demo program) plus the example shop, served by
// Vite, with the built script-tag bundles at the URLs its pages use (/rujuk.js, /widget.js and the
// widget's /ui/ chunks) and the static examples next to it (see demo-hosting.mjs). `pnpm dev`
// (scripts/dev.mjs) and the browser tests both start it through `startDemo`, so the tests exercise
// exactly what people run.
import { existsSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer as createViteServer } from 'vite';
import { DEMO_API, rujukHosting } from './demo-hosting.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shopDir = join(root, 'examples/shop');
const serverEntry = join(root, 'packages/server/dist/index.js');
// What `pnpm build` leaves behind that the demo serves or runs.
const builds = [
  serverEntry,
  join(root, 'packages/attribution/dist/rujuk.global.js'),
  join(root, 'packages/widget/dist/widget.global.js'),
];

/** The fixed demo keys: example pages carry the publishable one in their script tags like a real site. */
export const DEMO_KEYS = { publishableKey: 'pk_demoRujukExample0001', secretKey: 'sk_demoRujukExampleSecret0000001' };

/**
 * Starts the example site on 127.0.0.1 (port 0 picks one): the shop through Vite's dev server, on our
 * own HTTP server so the port is known at once and a busy port fails with `EADDRINUSE`. Pages get
 * `apiUrl` and `publishableKey` in place of the demo defaults; `setApi` changes them later (the
 * backend's URL is only known once it listens, and its share links need the site's URL first).
 */
export async function startSite({ port = 5173, apiUrl = DEMO_API, publishableKey = DEMO_KEYS.publishableKey } = {}) {
  let api = apiUrl;
  const http = createHttpServer();
  await new Promise((done, fail) => {
    http.once('error', fail);
    http.listen(port, '127.0.0.1', done);
  });
  let vite;
  try {
    vite = await createViteServer({
      configFile: join(shopDir, 'vite.config.js'),
      root: shopDir,
      plugins: [rujukHosting({ api: () => api, publishableKey })],
      // Vite's live reload shares the site's port, so two demos (or tests) never fight over one.
      server: { middlewareMode: true, ws: { server: http } },
      clearScreen: false,
      logLevel: 'warn',
    });
  } catch (error) {
    http.close();
    throw error;
  }
  http.on('request', vite.middlewares);
  const actualPort = http.address().port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    setApi(url) {
      api = url;
    },
    close: async () => {
      await vite.close();
      http.closeAllConnections();
      await new Promise((done) => http.close(() => done()));
    },
  };
}

/** The demo program, told in the demo shop's name, with share and redeem links pointing at the shop. */
function shopProgram(demoProgram, siteUrl) {
  return {
    ...demoProgram,
    name: 'Kopi & Co. referrals',
    siteUrl: `${siteUrl}/`,
    redeemUrl: `${siteUrl}/account.html#credit`,
    share: {
      ...demoProgram.share,
      message: 'I love the coffee at Kopi & Co.! Get 20% off your first order with my link: {{shareUrl}}',
      subject: '{{name}} sent you 20% off at Kopi & Co.',
      templates: {
        x: 'Get 20% off fresh coffee at Kopi & Co. with my link {{shareUrl}}',
        sms: '20% off at Kopi & Co.: {{shareUrl}}',
      },
    },
  };
}

/**
 * Starts the whole demo: the example site first (share links must point at it), then the reference
 * backend seeded with the demo program and people, with the fixed demo keys. Ports default to 5173
 * and 8787; pass 0 for free ones. `dataDir` keeps data between runs (in memory without it).
 */
export async function startDemo({ sitePort = 5173, apiPort = 8787, dataDir, seed = true, logger = false } = {}) {
  if (!builds.every((file) => existsSync(file))) {
    throw new Error('The packages are not built yet: run `pnpm build` (or `npm run demo`, which does it).');
  }
  const { startServer, demoProgram } = await import(pathToFileURL(serverEntry).href);
  const site = await startSite({ port: sitePort });
  let server;
  try {
    server = await startServer({
      port: apiPort,
      host: '127.0.0.1',
      dataDir,
      keys: DEMO_KEYS,
      config: shopProgram(demoProgram, site.url),
      seed,
      logger,
    });
  } catch (error) {
    await site.close();
    throw error;
  }
  site.setApi(server.url);
  return {
    siteUrl: site.url,
    apiUrl: server.url,
    adminUrl: `${server.url}/admin`,
    keys: DEMO_KEYS,
    close: () => Promise.allSettled([site.close(), server.close()]).then(() => undefined),
  };
}
