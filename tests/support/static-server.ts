import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, served at `/` so fixtures can load `/packages/<pkg>/dist/...`. */
export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** An in-memory page: a body, or a full answer with status and headers (for CSP pages, redirects…). */
export type PageSpec = string | { body: string; status?: number; headers?: Record<string, string> };

/** A running static site for browser tests. */
export interface StaticSite {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** Adds or replaces an in-memory page at `path` (e.g. `/landing.html`). */
  setPage(path: string, page: PageSpec): void;
  close(): Promise<void>;
}

/** Serves the repository root plus in-memory pages on 127.0.0.1 (any Host header, so `*.test` names work). */
export async function serveStatic(
  options: { pages?: Record<string, PageSpec>; port?: number } = {},
): Promise<StaticSite> {
  const pages = new Map(Object.entries(options.pages ?? {}));
  const server = createServer((req, res) => {
    handle(req, res, pages).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    setPage: (path, page) => pages.set(path, page),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, pages: Map<string, PageSpec>): Promise<void> {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const page = pages.get(path);
  if (page !== undefined) {
    const spec = typeof page === 'string' ? { body: page } : page;
    res.writeHead(spec.status ?? 200, { 'content-type': types['.html'], 'cache-control': 'no-store', ...spec.headers });
    res.end(spec.body);
    return;
  }
  // Browsers ask for a favicon on every page; answering keeps that request out of the error log.
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const file = normalize(join(repoRoot, path));
  // Never serve anything outside the repository, whatever the request path says.
  if (!file.startsWith(repoRoot)) {
    res.writeHead(403).end();
    return;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}
