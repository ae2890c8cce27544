import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Site, startSite } from './site.js';

describe('the bench site', () => {
  let site: Site;

  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site.close());

  const local = (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${site.port}${path}`, init);

  it('serves an in-memory asset with its type and no caching, so every fresh context downloads it', async () => {
    site.set('/c/x/x.js', { body: 'window.x = 1;', type: 'text/javascript; charset=utf-8' });
    const response = await local('/c/x/x.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe('window.x = 1;');
  });

  it('answers analytics beacons with 202 so a tracker sees the success it expects', async () => {
    expect((await local('/api/event', { method: 'POST', body: '{}' })).status).toBe(202);
  });

  it('serves nothing outside the built bundles of the packages', async () => {
    expect((await local('/package.json')).status).toBe(404);
    expect((await local('/packages/server/src/index.ts')).status).toBe(404);
    expect((await local('/packages/attribution/dist/..%2f..%2f..%2fpackage.json')).status).toBe(404);
  });

  it('calls itself shop.test, a name the bench browser resolves to this loopback server', () => {
    expect(site.origin).toBe(`http://shop.test:${site.port}`);
  });
});
