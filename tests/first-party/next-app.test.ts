// The Next.js example's proxy (middleware), called the way Next.js calls it: with the real `next`
// package's `NextRequest`, answering with `NextResponse.next()` for pages. It covers what a browser
// on 127.0.0.1 cannot show: a public https host's cookie (`Domain`, `Secure`). The built app in a
// browser is `next-browser.test.ts`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, startBackend } from '../support/backend.js';

type Proxy = (request: Request) => Promise<Response>;

const HUMAN = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

describe('the Next.js example proxy', () => {
  let backend: Backend;
  let proxy: Proxy;
  let NextRequest: new (url: string, init?: RequestInit) => Request;

  beforeAll(async () => {
    backend = await startBackend();
    process.env.RUJUK_API_URL = backend.url;
    process.env.NEXT_PUBLIC_RUJUK_KEY = backend.publishableKey;
    const example = new URL('../../examples/first-party-next/', import.meta.url);
    ({ proxy } = (await import(new URL('proxy.ts', example).href)) as { proxy: Proxy });
    // The same `next` the example resolves, not a copy of its own.
    const { createRequire } = await import('node:module');
    ({ NextRequest } = createRequire(new URL('package.json', example))('next/server') as {
      NextRequest: typeof NextRequest;
    });
  });
  afterAll(() => backend?.close());

  it('lets a landing through to the page with the referral cookie set and its click recorded', async () => {
    const joined = await fetch(`${backend.url}/v1/participants`, {
      method: 'POST',
      headers: { authorization: `Bearer ${backend.publishableKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna.next@example.com', name: 'Anna' }),
    });
    const code = ((await joined.json()) as { participant: { code: string } }).participant.code;
    const response = await proxy(
      new NextRequest(`https://www.kopi.example/?ref=${code}`, {
        headers: { 'sec-fetch-dest': 'document', 'user-agent': HUMAN },
      }),
    );
    // `x-middleware-next` is how Next.js reads "render the page" from a proxy's answer.
    expect(response.headers.get('x-middleware-next')).toBe('1');
    // Overrides the prerendered page's `s-maxage`, so no CDN hands this cookie to the next visitor.
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(
      new RegExp(
        `^rujuk_ref=1\\.${code}\\.\\w+\\.\\w+; Path=/; SameSite=Lax; Max-Age=7776000; Domain=kopi\\.example; Secure$`,
      ),
    );
    const clicks = await backend.secret<{ items: { clickId: string }[] }>(`/v1/clicks?code=${code}`);
    expect(clicks.items.map((click) => click.clickId)).toEqual([cookie!.split('.')[2]]);
  });

  it('serves the snippet from the app origin and proxies the protocol', async () => {
    const script = await proxy(new NextRequest('https://www.kopi.example/_rujuk/rujuk.global.js'));
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('no-cache');
    expect(await script.text()).toContain('rujuk');
    const program = await proxy(
      new NextRequest(`https://www.kopi.example/_rujuk/v1/program?key=${backend.publishableKey}`),
    );
    expect(program.status).toBe(200);
    expect(await program.json()).toHaveProperty('rewards');
  });
});
