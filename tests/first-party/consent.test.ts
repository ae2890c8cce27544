import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { firstParty } from '@rujuk/first-party/node';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personContext } from '../loop/demo.js';
import { type Backend, startBackend } from '../support/backend.js';
import { launchBrowser, watchErrors } from '../support/browser.js';

describe('first-party mode with consent required', () => {
  let backend: Backend;
  let browser: Browser;
  let site: Server;
  let url: string;

  beforeAll(async () => {
    [backend, browser] = await Promise.all([startBackend(), launchBrowser()]);
    const rujuk = firstParty({ apiUrl: backend.url, publishableKey: backend.publishableKey, consent: 'required' });
    const page = `<!doctype html><title>Shop</title>
<script>window.rujuk=window.rujuk||function(){(rujuk.q=rujuk.q||[]).push(arguments)}</script>
<script async src="/_rujuk/rujuk.global.js" data-key="${backend.publishableKey}" data-api="/_rujuk" data-consent="required"></script>
<button id="accept" onclick="rujuk('consent', true)">Accept</button>`;
    site = createServer((req, res) =>
      rujuk(req, res, () => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)),
    );
    await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    site?.closeAllConnections();
    site?.close();
    await Promise.all([browser?.close(), backend?.close()]);
  });

  it('sets nothing before the consent call, then the server renews what the snippet stored', async () => {
    const joined = await fetch(`${backend.url}/v1/participants`, {
      method: 'POST',
      headers: { authorization: `Bearer ${backend.publishableKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna.consent@example.com', name: 'Anna' }),
    });
    const code = ((await joined.json()) as { participant: { code: string } }).participant.code;
    const context = await personContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);

    const landing = await page.goto(`${url}/?ref=${code}`);
    expect(await landing!.headerValue('set-cookie')).toBeNull();
    await page.evaluate(
      () =>
        new Promise((done) =>
          (window as unknown as { rujuk: (c: string, f: (v?: unknown) => void) => void }).rujuk('ready', done),
        ),
    );
    expect(await context.cookies()).toEqual([]);

    await page.click('#accept');
    await expect
      .poll(async () => (await context.cookies()).find((c) => c.name === 'rujuk_ref')?.value)
      .toMatch(new RegExp(`^1\\.${code}\\.`));
    // The snippet reported the click through the site's own origin.
    await expect
      .poll(async () => (await backend.secret<{ items: unknown[] }>(`/v1/clicks?code=${code}`)).items.length)
      .toBe(1);

    const stored = (await context.cookies()).find((c) => c.name === 'rujuk_ref')!.value;
    const next = await page.goto(`${url}/pricing`);
    expect(await next!.headerValue('set-cookie')).toBe(`rujuk_ref=${stored}; Path=/; SameSite=Lax; Max-Age=7776000`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
