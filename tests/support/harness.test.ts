import { describe, expect, it } from 'vitest';
import { watchErrors } from './browser.js';
import { useStack } from './stack.js';

describe('the browser test harness', () => {
  const stack = useStack();

  it('lets a page on a *.test hostname read the program from the real backend across origins', async () => {
    stack.site.setPage('/probe.html', '<!doctype html><title>probe</title>');
    const page = await stack.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`http://shop.test:${stack.site.port}/probe.html`);
    const program = await page.evaluate(
      async ({ url, key }) => {
        const response = await fetch(`${url}/v1/program`, { headers: { authorization: `Bearer ${key}` } });
        return { status: response.status, body: await response.json() };
      },
      { url: stack.backend.url, key: stack.backend.publishableKey },
    );
    expect(program.status).toBe(200);
    expect(program.body.referral.params).toContain('ref');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves built files from the repository root and refuses paths outside it', async () => {
    const inside = await fetch(`${stack.site.url}/package.json`);
    expect(inside.status).toBe(200);
    const outside = await fetch(`${stack.site.url}/..%2f..%2fetc/passwd`);
    expect([403, 404]).toContain(outside.status);
  });
});
