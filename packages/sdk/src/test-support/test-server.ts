import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the test server received, with its body read. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** Answers one request; may return a promise to answer late. */
export type Handler = (request: Received, response: ServerResponse) => void | Promise<void>;

/** A local HTTP server on 127.0.0.1 for unit tests of what the client sends and how it reads answers. */
export interface TestServer {
  url: string;
  received: Received[];
  /** Replaces how the next requests are answered. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** Writes a JSON answer. */
export function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** Writes a problem+json answer the way a Rujuk backend does. */
export function problem(response: ServerResponse, status: number, code: string, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/problem+json', ...headers });
  response.end(
    JSON.stringify({
      type: `https://rujuk.dev/problems/${code}`,
      title: code,
      status,
      detail: `detail of ${code}`,
      code,
    }),
  );
}

/** Starts a server on 127.0.0.1, port 0; it answers `{ ok: true }` until told otherwise. */
export async function startTestServer(): Promise<TestServer> {
  const received: Received[] = [];
  let handler: Handler = (_request, response) => json(response, 200, { ok: true });
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const entry: Received = {
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: Date.now(),
    };
    received.push(entry);
    try {
      await handler(entry, response);
    } catch {
      if (!response.headersSent) response.writeHead(599);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    handle(next) {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Storage that lives in memory, standing in for the browser's localStorage. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
