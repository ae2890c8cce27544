import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, startBackend } from './backend.js';
import { launchBrowser, watchErrors } from './browser.js';
import { type StaticSite, serveStatic } from './static-server.js';

describe('the browser test harness', () => {
  let backend: Backend;
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    [backend, site, browser] = await Promise.all([startBackend(), serveStatic(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close(), backend?.close()]);
  });

  it('lets a page on a *.test hostname read the program from the real backend across origins', async () => {
    site.setPage('/probe.html', '<!doctype html><title>probe</title>');
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`http://shop.test:${site.port}/probe.html`);
    const program = await page.evaluate(
      async ({ url, key }) => {
        const response = await fetch(`${url}/v1/program`, { headers: { authorization: `Bearer ${key}` } });
        return { status: response.status, body: await response.json() };
      },
      { url: backend.url, key: backend.publishableKey },
    );
    expect(program.status).toBe(200);
    expect(program.body.referral.params).toContain('ref');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves built files from the repository root and refuses paths outside it', async () => {
    const inside = await fetch(`${site.url}/package.json`);
    expect(inside.status).toBe(200);
    const outside = await fetch(`${site.url}/..%2f..%2fetc/passwd`);
    expect([403, 404]).toContain(outside.status);
  });
});
