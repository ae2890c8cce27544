import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The example site as `startSite` in `scripts/demo-site.mjs` returns it (plain JavaScript, hence typed here). */
interface Site {
  url: string;
  setApi(url: string): void;
  close(): Promise<void>;
}

const dist = (path: string) => new URL(`../../packages/${path}`, import.meta.url);
const SHOP_PAGES = ['/', '/product.html?p=mug', '/checkout.html', '/signup.html', '/account.html'];

describe('the demo site', () => {
  let site: Site;
  const get = (path: string) => fetch(new URL(path, site.url));

  beforeAll(async () => {
    const module = (await import(new URL('../../scripts/demo-site.mjs', import.meta.url).href)) as {
      startSite(options: { port: number; publishableKey?: string }): Promise<Site>;
    };
    site = await module.startSite({ port: 0, publishableKey: 'pk_siteTestKey00001' });
    site.setApi('http://127.0.0.1:9');
  });
  afterAll(async () => {
    await site?.close();
  });

  it('hosts the script-tag bundles byte for byte from the packages’ builds, at the URLs a site owner uses', async () => {
    const chunk = readdirSync(dist('widget/dist/ui')).find((name) => name.endsWith('.js'))!;
    const hosted: Array<[string, URL]> = [
      ['/rujuk.js', dist('attribution/dist/rujuk.global.js')],
      ['/widget.js', dist('widget/dist/widget.global.js')],
      [`/ui/${chunk}`, dist(`widget/dist/ui/${chunk}`)],
    ];
    for (const [path, file] of hosted) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/javascript; charset=utf-8');
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(file)), path).toBe(true);
    }
  });

  it('serves every shop page through Vite, with the script tags as pasted, pointed at the demo backend', async () => {
    for (const path of SHOP_PAGES) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain('<script type="module" src="/@vite/client"></script>');
      expect(html, path).toContain(
        '<script async src="/rujuk.js" data-key="pk_siteTestKey00001" data-api="http://127.0.0.1:9" data-clean-url></script>',
      );
      expect(html, path).toContain(
        '<script async src="/widget.js" data-key="pk_siteTestKey00001" data-api="http://127.0.0.1:9"',
      );
      expect(html, path).not.toContain('8787');
    }
    // The shop's own code is an ES module that Vite serves with its imports resolved.
    const page = await get('/src/pages/checkout.js');
    expect(await page.text()).toContain('import { onReferral } from "/src/friend-offer.js"');
  });

  it('serves the static examples as written, only pointed at the demo backend', async () => {
    const moved = await get('/styling');
    expect(moved.status).toBe(200);
    expect(moved.url).toBe(`${site.url}/styling/`);
    const written = readFileSync(new URL('../../examples/script-tag/index.html', import.meta.url), 'utf8');
    const served = await (await get('/script-tag/')).text();
    expect(served).toBe(
      written
        .replaceAll('http://127.0.0.1:8787', 'http://127.0.0.1:9')
        .replaceAll('pk_demoRujukExample0001', 'pk_siteTestKey00001'),
    );
    expect((await get('/script-tag/shop.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for what it does not host, and never serves a file outside its folders', async () => {
    expect((await get('/nothing-here.html')).status).toBe(404);
    expect((await get('/ui/missing-chunk.js')).status).toBe(404);
    expect((await get('/ui/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await get('/script-tag/..%2f..%2f..%2fpackage.json')).status).toBe(404);
    expect((await get('/styling/..%2fpackage.json')).status).toBe(404);
    expect((await get('/favicon.ico')).status).toBe(204);
  });
});
