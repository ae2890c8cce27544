// The demo's example site: serves examples/script-tag as a site owner would host it, with the built
// script-tag bundles at the URLs the page uses (/rujuk.js, /widget.js and the widget's ui/ chunks).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'examples/script-tag');
const attributionDist = join(root, 'packages/attribution/dist');
const widgetDist = join(root, 'packages/widget/dist');
const DEMO_API = 'http://127.0.0.1:8787';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Maps a request path to a file, or null; never outside the folders it serves. */
function locate(path) {
  if (path === '/' || path === '/index.html') return join(site, 'index.html');
  if (path === '/rujuk.js') return join(attributionDist, 'rujuk.global.js');
  if (path === '/rujuk.global.js.map') return join(attributionDist, 'rujuk.global.js.map');
  if (path === '/widget.js') return join(widgetDist, 'widget.global.js');
  if (path === '/widget.global.js.map') return join(widgetDist, 'widget.global.js.map');
  const [base, rest] = path.startsWith('/ui/') ? [join(widgetDist, 'ui'), path.slice(4)] : [site, path.slice(1)];
  const file = normalize(join(base, rest));
  return file.startsWith(base) ? file : null;
}

/** Starts the example site on 127.0.0.1; pages point at `apiUrl` instead of the default demo API URL. */
export async function startSite({ port, apiUrl, publishableKey }) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
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
          .replaceAll(DEMO_API, apiUrl)
          .replaceAll('pk_demoRujukExample0001', publishableKey);
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
  return {
    url: `http://localhost:${server.address().port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
