// The demo: the reference backend (embedded database, demo program) plus the example shop and the static
// examples, served as a site owner would host them, with the built script-tag bundles at the URLs the
// pages use (/rujuk.js, /widget.js and the widget's /ui/ chunks). `pnpm dev` (scripts/dev.mjs) and the
// full-loop browser test both start it through `startDemo`, so the test exercises exactly what people run.
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const attributionDist = join(root, 'packages/attribution/dist');
const widgetDist = join(root, 'packages/widget/dist');
const serverEntry = join(root, 'packages/server/dist/index.js');

/** The fixed demo keys: example pages carry the publishable one in their script tags like a real site. */
export const DEMO_KEYS = { publishableKey: 'pk_demoRujukExample0001', secretKey: 'sk_demoRujukExampleSecret0000001' };
// Pages are written against the default demo backend; the site rewrites this to wherever it really runs.
const DEMO_API = 'http://127.0.0.1:8787';

/** URL prefix → folder of a static example. The shop is the site's root. */
const mounts = [
  ['/script-tag/', join(root, 'examples/script-tag')],
  ['/styling/', join(root, 'examples/styling')],
  ['/', join(root, 'examples/shop')],
];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Maps a request path to a file, or null; never outside the folders it serves. */
function locate(path) {
  if (path === '/rujuk.js') return join(attributionDist, 'rujuk.global.js');
  if (path === '/rujuk.global.js.map') return join(attributionDist, 'rujuk.global.js.map');
  if (path === '/widget.js') return join(widgetDist, 'widget.global.js');
  if (path === '/widget.global.js.map') return join(widgetDist, 'widget.global.js.map');
  if (path.startsWith('/ui/')) return inside(join(widgetDist, 'ui'), path.slice(4));
  for (const [prefix, folder] of mounts) {
    if (path === prefix.slice(0, -1) && prefix !== '/') return null;
    if (path.startsWith(prefix)) {
      const rest = path.slice(prefix.length);
      return inside(folder, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
    }
  }
  return null;
}

function inside(base, rest) {
  const file = normalize(join(base, rest));
  return file === base || file.startsWith(base + sep) ? file : null;
}

/**
 * Starts the example site on 127.0.0.1 (port 0 picks one). HTML pages get `apiUrl` and
 * `publishableKey` in place of the demo defaults; `setApi` changes them later (the backend's URL is
 * only known once it listens, and its share links need the site's URL first).
 */
export async function startSite({ port = 5173, apiUrl = DEMO_API, publishableKey = DEMO_KEYS.publishableKey } = {}) {
  let api = apiUrl;
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      // `/styling` and `/script-tag` without the slash would resolve their relative links wrongly.
      if (mounts.some(([prefix]) => prefix !== '/' && path === prefix.slice(0, -1))) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      const file = locate(path);
      const info = file && (await stat(file).catch(() => null));
      if (!info?.isFile()) {
        res.writeHead(path === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' }).end();
        return;
      }
      const headers = {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (extname(file) === '.html') {
        const html = (await readFile(file, 'utf8'))
          .replaceAll(DEMO_API, api)
          .replaceAll(DEMO_KEYS.publishableKey, publishableKey);
        res.writeHead(200, headers).end(html);
        return;
      }
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const actualPort = server.address().port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    setApi(url) {
      api = url;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * Starts the whole demo: the example site first (share links must point at it), then the reference
 * backend seeded with the demo program and people, with the fixed demo keys. Ports default to 5173
 * and 8787; pass 0 for free ones. `dataDir` keeps data between runs (in memory without it).
 */
export async function startDemo({ sitePort = 5173, apiPort = 8787, dataDir, seed = true, logger = false } = {}) {
  if (!existsSync(serverEntry)) {
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
      // Share links and the redeem link point at the shop, wherever it listens.
      config: { ...demoProgram, siteUrl: `${site.url}/`, redeemUrl: `${site.url}/account.html#credit` },
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
