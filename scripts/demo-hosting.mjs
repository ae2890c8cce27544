// A Vite plugin that hosts Rujuk for the demo the way a site owner does: the built script-tag bundles at
// the URLs the pages' script tags use (/rujuk.js, /widget.js and the widget's /ui/ chunks, straight from
// the packages' dist folders, not bundled by Vite), the static examples under /script-tag/ and /styling/
// exactly as written (no build step), and every page pointed at wherever the demo backend really runs.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const attributionDist = join(root, 'packages/attribution/dist');
const widgetDist = join(root, 'packages/widget/dist');

/** Where the example pages point (`data-api`) before the demo rewrites it: the default demo backend. */
export const DEMO_API = 'http://127.0.0.1:8787';

/** URL prefix → folder of a static example served as-is next to the shop. */
const staticExamples = [
  ['/script-tag/', join(root, 'examples/script-tag')],
  ['/styling/', join(root, 'examples/styling')],
];

/** The files a site owner hosts from the packages' builds, by the URL the script tags use. */
const bundles = {
  '/rujuk.js': join(attributionDist, 'rujuk.global.js'),
  '/rujuk.global.js.map': join(attributionDist, 'rujuk.global.js.map'),
  '/widget.js': join(widgetDist, 'widget.global.js'),
  '/widget.global.js.map': join(widgetDist, 'widget.global.js.map'),
};

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The file inside `base` that `rest` names, or null when it would leave `base`. */
function inside(base, rest) {
  const file = normalize(join(base, rest));
  return file === base || file.startsWith(base + sep) ? file : null;
}

/**
 * Maps a request path to a hosted bundle or a static example's file; null when the path is ours but
 * names no file we serve (say, one outside the folder), undefined when it is Vite's to serve.
 */
function locate(path) {
  if (Object.hasOwn(bundles, path)) return bundles[path];
  if (path.startsWith('/ui/')) return inside(join(widgetDist, 'ui'), path.slice(4));
  for (const [prefix, folder] of staticExamples) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    return inside(folder, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
  }
  return undefined;
}

/**
 * The Vite plugin. `api()` is the backend's URL at the time of a request (it is only known once the
 * backend listens, after the site); `publishableKey` replaces the demo key in every page.
 */
export function rujukHosting({ api, publishableKey }) {
  const rewrite = (html) => html.replaceAll(DEMO_API, api()).replaceAll('pk_demoRujukExample0001', publishableKey);
  return {
    name: 'rujuk-demo-hosting',
    transformIndexHtml: { order: 'pre', handler: rewrite },
    configureServer(server) {
      // Added before Vite's own middlewares, so these URLs never go through its module pipeline.
      server.middlewares.use(async (req, res, next) => {
        try {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
          // `/styling` without the slash would resolve the page's relative links against `/`.
          if (staticExamples.some(([prefix]) => path === prefix.slice(0, -1))) {
            res.writeHead(301, { location: `${path}/` }).end();
            return;
          }
          // No icon to show: say so without a 404 in every page's console.
          if (path === '/favicon.ico') {
            res.writeHead(204).end();
            return;
          }
          const file = locate(path);
          if (file === undefined) return next();
          const info = file && (await stat(file).catch(() => null));
          if (!info?.isFile()) {
            res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${path}`);
            return;
          }
          const headers = {
            'content-type': types[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-cache',
          };
          if (extname(file) === '.html') {
            res.writeHead(200, headers).end(rewrite(await readFile(file, 'utf8')));
            return;
          }
          res.writeHead(200, headers);
          createReadStream(file).pipe(res);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
