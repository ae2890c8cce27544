import { describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser.js';
import { useStack } from '../support/stack.js';
import { OPENER, widgetPage } from './page.js';

describe('the widget on a demanding host page', () => {
  const stack = useStack();

  it('opens from an opener inside a container that stops the click from bubbling', async () => {
    stack.site.setPage(
      '/stopped.html',
      widgetPage(stack.backend, {
        body: `<div id="card">${OPENER}</div>`,
        before:
          "document.addEventListener('DOMContentLoaded', () => document.getElementById('card').addEventListener('click', (event) => event.stopPropagation()))",
      }),
    );
    const page = await stack.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`http://shop.test:${stack.site.port}/stopped.html`);
    await page.getByRole('button', { name: 'Refer a friend' }).click();
    await page.getByRole('dialog').locator('#rj-email').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays dark with the dark theme under `* { all: unset !important }`', async () => {
    stack.site.setPage(
      '/hostile-dark.html',
      widgetPage(stack.backend, {
        head: '<style>* { all: unset !important; }</style>',
        script: { 'data-rujuk-theme': 'dark' },
        body: '<div id="embed" data-rujuk-embed="join"></div>',
      }),
    );
    const page = await stack.browser.newPage();
    await page.goto(`http://shop.test:${stack.site.port}/hostile-dark.html`);
    const embed = page.locator('#embed [part="embed"]');
    await embed.locator('#rj-email').waitFor();
    // #111827, the dark theme's background.
    expect(await embed.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe('rgb(17, 24, 39)');
    await page.close();
  });
});
