import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser.js';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait.js';
import { recordErrors, reported, widgetPage } from './page.js';

const layered = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { dataLayer: Array<{ event: string }> }).dataLayer.filter(
      (entry) => entry.event === 'rujuk:error',
    ),
  );

describe('rujuk:error: what failed, for the page owner, without ever throwing into the page', () => {
  // One join a minute from an address: the second is refused.
  const stack = useStack({ rateLimits: { joinsPerMinute: 1, clicksPerMinute: 100 } });

  async function visit(path: string, html: string) {
    stack.site.setPage(path, html);
    const page = await stack.browser.newPage();
    const errors = watchErrors(page);
    await recordErrors(page);
    return { page, errors, open: () => page.goto(`http://shop.test:${stack.site.port}${path}`) };
  }

  it('reports a join the backend refused, once, with its code, and pushes it to dataLayer', async () => {
    const html = widgetPage(stack.backend, { body: '<div data-rujuk-embed="join"></div>' });
    const { page, open } = await visit('/refused.html', html);
    await open();
    const embed = page.locator('[data-rujuk-embed]');
    await embed.getByLabel('Email').fill('first@example.com');
    await embed.getByRole('button', { name: 'Get my link' }).click();
    await embed.getByLabel('Your referral link').waitFor();
    expect(await reported(page)).toEqual([]);

    await embed.getByRole('button', { name: 'Use another email' }).click();
    await embed.getByLabel('Email').fill('second@example.com');
    await embed.getByRole('button', { name: 'Get my link' }).click();
    await embed.getByRole('alert').waitFor();
    const [error] = await waitFor(
      () => reported(page),
      (items) => items.length > 0,
    );
    expect(error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('Too many joins') });
    expect(await layered(page)).toEqual([{ event: 'rujuk:error', ...error }]);
    expect(await reported(page)).toHaveLength(1);
    await page.close();
  });

  it('reports the program failing to load once, however many widgets show it', async () => {
    const html = widgetPage(stack.backend, {
      body: '<div data-rujuk-embed="share"></div><div data-rujuk-embed="progress"></div>',
    });
    const { page, open } = await visit('/down.html', html);
    await page.route(`${stack.backend.url}/v1/program`, (route) => route.abort('connectionrefused'));
    await open();
    // Both embeds show the failure of the one load they share; by then it has been reported.
    for (const embed of await page.locator('[data-rujuk-embed]').all()) await embed.getByRole('alert').waitFor();
    const [error] = await reported(page);
    expect(error).toMatchObject({ code: 'network_error', message: expect.stringContaining('GET /v1/program') });
    expect(await reported(page)).toHaveLength(1);
    await page.close();
  });

  it('reports a widget file that did not download', async () => {
    const html = widgetPage(stack.backend, { body: '<button data-rujuk-open>Refer</button>' });
    const { page, errors, open } = await visit('/offline.html', html);
    await page.route('**/dist/ui/widget-ui.js', (route) => route.abort('internetdisconnected'));
    await open();
    await page.getByRole('button', { name: 'Refer' }).click();
    const [error] = await waitFor(
      () => reported(page),
      (items) => items.length > 0,
    );
    expect(error).toMatchObject({ code: 'chunk_unavailable', message: expect.stringContaining('widget-ui.js') });
    expect(await page.getByRole('dialog').count()).toBe(0);
    // Besides the browser's own network message, the loader logs the failure for the developer once;
    // nothing is thrown into the page.
    const ours = errors.filter((line) => !line.includes('Failed to load resource'));
    expect(ours).toEqual([expect.stringMatching(/^console\.error: \[rujuk\] TypeError: .*widget-ui\.js/)]);
    await page.close();
  });
});
