import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoProgram, type RunningServer, startServer } from '@rujuk/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFirstParty } from './create-first-party.js';
import { filesFromRecord } from './files/file-source.js';

const HUMAN = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
const page = (url: string, headers: Record<string, string> = {}) =>
  new Request(url, { headers: { 'sec-fetch-dest': 'document', 'user-agent': HUMAN, ...headers } });

let backend: RunningServer;
let code: string;

const clicks = async (byCode: string) => {
  const response = await fetch(`${backend.url}/v1/clicks?code=${byCode}`, {
    headers: { authorization: `Bearer ${backend.keys.secretKey}` },
  });
  return ((await response.json()) as { items: { clickId: string }[] }).items;
};

beforeAll(async () => {
  backend = await startServer({ port: 0, host: '127.0.0.1', rateLimits: false, config: demoProgram });
  const joined = await fetch(`${backend.url}/v1/participants`, {
    method: 'POST',
    headers: { authorization: `Bearer ${backend.keys.publishableKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'anna.first-party@example.com', name: 'Anna' }),
  });
  code = ((await joined.json()) as { participant: { code: string } }).participant.code;
});
afterAll(() => backend?.close());

const handler = (extra: Parameters<typeof createFirstParty>[0] extends infer O ? Partial<O> : never = {}) =>
  createFirstParty({ apiUrl: backend.url, publishableKey: backend.keys.publishableKey, ...extra });

describe('script files', () => {
  const files = filesFromRecord({ 'rujuk.global.js': 'console.log(1)', 'rujuk-forms.3f9a1c2b.js': 'console.log(2)' });

  it('serves entry files for revalidation and answers a matching ETag with 304', async () => {
    const rujuk = handler({ files });
    const first = (await rujuk.handle(new Request('https://shop.example/_rujuk/rujuk.global.js')))!;
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await first.text()).toBe('console.log(1)');
    const again = await rujuk.handle(
      new Request('https://shop.example/_rujuk/rujuk.global.js', {
        headers: { 'if-none-match': first.headers.get('etag')! },
      }),
    );
    expect(again!.status).toBe(304);
  });

  it('serves content-hashed files as immutable for a year', async () => {
    const response = await handler({ files }).handle(
      new Request('https://shop.example/_rujuk/rujuk-forms.3f9a1c2b.js'),
    );
    expect(response!.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers an unknown or escaping name with a not_found problem', async () => {
    for (const path of ['nope.js', '..%2Fpackage.json', 'index.js']) {
      const response = (await handler({ files }).handle(new Request(`https://shop.example/_rujuk/${path}`)))!;
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ code: 'not_found' });
    }
  });

  it('leaves every other path to the app', async () => {
    expect(
      await handler({ files }).handle(new Request('https://shop.example/_rujukx/rujuk.global.js')),
    ).toBeUndefined();
    expect(await handler({ files }).handle(new Request('https://shop.example/'))).toBeUndefined();
  });
});

describe('the protocol proxy', () => {
  it('passes a call to the backend and its answer back', async () => {
    const response = (await handler().handle(
      new Request(`https://shop.example/_rujuk/v1/program?key=${backend.keys.publishableKey}`),
    ))!;
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty('rewards');
  });

  it('passes the backend problems through unchanged', async () => {
    const response = (await handler().handle(new Request('https://shop.example/_rujuk/v1/program?key=pk_wrong')))!;
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'invalid_key' });
  });

  it('answers backend_unavailable when the backend cannot be reached', async () => {
    const response = (await createFirstParty({ apiUrl: 'http://127.0.0.1:9' }).handle(
      new Request('https://shop.example/_rujuk/v1/program'),
    ))!;
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'backend_unavailable', status: 502 });
  });

  it('answers backend_timeout when the backend is slower than the timeout', async () => {
    const slow = createServer(() => {});
    await new Promise<void>((done) => slow.listen(0, '127.0.0.1', done));
    try {
      const { port } = slow.address() as AddressInfo;
      const response = (await createFirstParty({ apiUrl: `http://127.0.0.1:${port}`, timeoutMs: 200 }).handle(
        new Request('https://shop.example/_rujuk/v1/program'),
      ))!;
      expect(response.status).toBe(504);
      expect(await response.json()).toMatchObject({ code: 'backend_timeout' });
    } finally {
      slow.closeAllConnections();
      slow.close();
    }
  });

  it('refuses a body larger than any protocol call with payload_too_large', async () => {
    const response = (await handler().handle(
      new Request('https://shop.example/_rujuk/v1/clicks', { method: 'POST', body: 'x'.repeat(70_000) }),
    ))!;
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'payload_too_large' });
  });
});

describe('the referral cookie', () => {
  it('records the landing click once and sets rujuk_ref for 90 days on the registrable domain', async () => {
    const rujuk = handler();
    const landing = await rujuk.decorate(
      page(`https://www.shop.example/?ref=${code.toLowerCase()}&utm_source=news`),
      new Response('<html>'),
    );
    const [cookie] = landing.headers.getSetCookie();
    expect(cookie).toMatch(
      new RegExp(
        `^rujuk_ref=1\\.${code}\\.[a-z\\d]{16}\\.[a-z\\d]+; Path=/; SameSite=Lax; Max-Age=7776000; Domain=shop\\.example; Secure$`,
      ),
    );
    const clickId = cookie!.split('.')[2];
    expect((await clicks(code)).map((click) => click.clickId)).toContain(clickId);

    // The same link again (a reload, a second tab): no new click, the stored capture renewed.
    const value = cookie!.split(';')[0]!;
    const before = (await clicks(code)).length;
    const reload = await rujuk.decorate(
      page(`https://www.shop.example/?ref=${code}`, { cookie: value }),
      new Response(''),
    );
    expect(reload.headers.getSetCookie()).toEqual([cookie]);
    const later = await rujuk.decorate(page('https://www.shop.example/pricing', { cookie: value }), new Response(''));
    expect(later.headers.getSetCookie()).toEqual([cookie]);
    expect(await clicks(code)).toHaveLength(before);
  });

  it('keeps the first referral under first attribution, and replaces it under last', async () => {
    const stored = 'rujuk_ref=1.OTHER1.abcdefgh12.kq2x1';
    const first = await handler({ attribution: 'first' }).cookies(
      page(`http://shop.example/?ref=${code}`, { cookie: stored }),
    );
    expect(first).toEqual([
      'rujuk_ref=1.OTHER1.abcdefgh12.kq2x1; Path=/; SameSite=Lax; Max-Age=7776000; Domain=shop.example',
    ]);
    const last = await handler().cookies(page(`http://shop.example/?ref=${code}`, { cookie: stored }));
    expect(last[0]).toMatch(new RegExp(`^rujuk_ref=1\\.${code}\\.`));
  });

  it('sets nothing on a landing under required consent, and renews what consent stored', async () => {
    const rujuk = handler({ consent: 'required' });
    expect(await rujuk.cookies(page(`http://shop.example/?ref=${code}`))).toEqual([]);
    expect(
      await rujuk.cookies(page('http://shop.example/', { cookie: 'rujuk_ref=1.ANNA42.abcdefgh12.kq2x1' })),
    ).toHaveLength(1);
  });

  it('leaves bots, unknown codes, a down backend and missing keys to the snippet', async () => {
    const landing = (extra = {}, headers = {}) =>
      createFirstParty({ apiUrl: backend.url, publishableKey: backend.keys.publishableKey, ...extra }).cookies(
        page(`http://shop.example/?ref=${code}`, headers),
      );
    expect(await landing({}, { 'user-agent': 'Slackbot-LinkExpanding 1.0' })).toEqual([]);
    expect(
      await createFirstParty({ apiUrl: backend.url, publishableKey: backend.keys.publishableKey }).cookies(
        page('http://shop.example/?ref=NOBODY99'),
      ),
    ).toEqual([]);
    expect(await landing({ apiUrl: 'http://127.0.0.1:9' })).toEqual([]);
    expect(await landing({ publishableKey: undefined })).toEqual([]);
  });

  it('touches only page navigations, and hosts without a registrable domain get a host-only cookie', async () => {
    const rujuk = handler();
    const script = new Request(`http://127.0.0.1:3000/?ref=${code}`, {
      headers: { 'sec-fetch-dest': 'script', 'user-agent': HUMAN },
    });
    expect(await rujuk.cookies(script)).toEqual([]);
    const [cookie] = await rujuk.cookies(page(`http://127.0.0.1:3000/?ref=${code}`));
    expect(cookie).not.toContain('Domain=');
  });

  it('adds the cookie to an immutable fetch answer by copying it', async () => {
    const upstream = await fetch(`${backend.url}/v1/health`);
    const decorated = await handler().decorate(page(`https://shop.example/?ref=${code}`), upstream);
    expect(decorated.headers.getSetCookie()).toHaveLength(1);
    expect(await decorated.json()).toEqual({ ok: true });
  });
});
