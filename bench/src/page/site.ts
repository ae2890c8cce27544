import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { builtRoot } from '../contenders/paths.js';

/** A file held in memory and served as is. */
export interface Asset {
  body: Buffer | string;
  type: string;
}

/** The one web server of the browser sections: every contender's page and scripts come from it. */
export interface Site {
  /** `http://shop.test:PORT`, a name Chromium resolves to 127.0.0.1. */
  origin: string;
  port: number;
  /** Serves `asset` at `path` (a page, a bundled script). */
  set(path: string, asset: Asset): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** MIME type of a file served from the repository. */
export const typeOf = (path: string): string => TYPES[extname(path)] ?? 'application/octet-stream';

/**
 * Starts the site on 127.0.0.1 and port 0: in-memory assets, Rujuk's built bundles under
 * `/packages/<name>/dist/`, and a 202 for analytics beacons, so every contender's requests are answered
 * by the same local server with the same headers.
 */
export async function startSite(): Promise<Site> {
  const assets = new Map<string, Asset>();
  const server = createServer((req, res) => {
    handle(req, res, assets).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://shop.test:${port}`,
    port,
    set: (path, asset) => assets.set(path, asset),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, assets: Map<string, Asset>): Promise<void> {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const headers = { 'cache-control': 'no-cache' };
  const asset = assets.get(path);
  if (asset) {
    res.writeHead(200, { ...headers, 'content-type': asset.type }).end(asset.body);
    return;
  }
  // Plausible posts its page view here (apiHost is the page's origin); browsers ask for a favicon.
  if (path === '/api/event' || path === '/favicon.ico') {
    req.resume();
    res.writeHead(path === '/api/event' ? 202 : 204).end();
    return;
  }
  const root = builtRoot();
  const file = normalize(join(root, path));
  // Only built bundles are served, never anything else of the machine.
  if (!file.startsWith(join(root, 'packages')) || !file.includes('/dist/')) {
    res.writeHead(404).end();
    return;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-type': typeOf(file) }).end(await readFile(file));
}
