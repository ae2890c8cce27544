import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstParty } from './middleware.js';

const listen = async (server: Server) => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

// A stand-in backend that echoes what reached it, to read the forwarded headers.
let seen: { headers: IncomingHttpHeaders; body: string; url: string }[] = [];
const upstream = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    seen.push({ headers: req.headers, body, url: req.url ?? '' });
    res.writeHead(201, { 'content-type': 'application/json', 'set-cookie': 'backend=1' }).end('{"ok":true}');
  });
});
let app: Server;
let site: string;

beforeAll(async () => {
  const rujuk = firstParty({ apiUrl: await listen(upstream) });
  app = createServer((req, res) =>
    rujuk(req, res, () => {
      res.setHeader('set-cookie', 'session=abc; HttpOnly');
      res.end('app');
    }),
  );
  site = await listen(app);
});
afterAll(() => {
  for (const server of [app, upstream]) {
    server.closeAllConnections();
    server.close();
  }
});

describe('the Node middleware', () => {
  it('proxies a call with the peer address appended to the chain, the body intact and cookies kept back', async () => {
    seen = [];
    const response = await fetch(`${site}/_rujuk/v1/clicks?key=pk_test`, {
      method: 'POST',
      headers: { 'x-forwarded-for': '203.0.113.9', cookie: 'session=abc', 'content-type': 'text/plain' },
      body: '{"code":"ANNA42"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.json()).toEqual({ ok: true });
    const [call] = seen;
    expect(call!.url).toBe('/v1/clicks?key=pk_test');
    expect(call!.body).toBe('{"code":"ANNA42"}');
    expect(call!.headers['x-forwarded-for']).toBe('203.0.113.9, 127.0.0.1');
    expect(call!.headers.forwarded).toMatch(/^for=127\.0\.0\.1;host="127\.0\.0\.1:\d+";proto=http$/);
    expect(call!.headers.cookie).toBeUndefined();
  });

  it('serves the installed snippet from disk', async () => {
    const response = await fetch(`${site}/_rujuk/rujuk.global.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect((await response.text()).length).toBeGreaterThan(1000);
  });

  it('passes other requests to the app, keeping the cookies the app sets', async () => {
    const response = await fetch(`${site}/pricing`, {
      headers: { 'sec-fetch-dest': 'document', cookie: 'rujuk_ref=1.ANNA42.abcdefgh12.kq2x1' },
    });
    expect(await response.text()).toBe('app');
    expect(response.headers.getSetCookie()).toEqual([
      'session=abc; HttpOnly',
      'rujuk_ref=1.ANNA42.abcdefgh12.kq2x1; Path=/; SameSite=Lax; Max-Age=7776000',
    ]);
  });
});
