import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser.js';
import { expectNothingFor } from '../support/expect-nothing.js';
import { useStack } from '../support/stack.js';
import { readEvents, recordEvents, STUB, widgetPage } from './page.js';

describe('what opens the popup', () => {
  const stack = useStack();

  async function visit(path: string, html: string): Promise<{ page: Page; errors: string[] }> {
    stack.site.setPage(path, html);
    const page = await stack.browser.newPage();
    const errors = watchErrors(page);
    await recordEvents(page);
    await page.goto(`http://shop.test:${stack.site.port}${path}`);
    return { page, errors };
  }

  const dialogCount = (page: Page) => page.getByRole('dialog').count();
  // A first open downloads the UI, a view, a locale and the program: give it room on a busy machine.
  const opened = (page: Page) => expect.poll(() => dialogCount(page), { timeout: 10_000 }).toBe(1);
  // Escape reaches the dialog once focus has moved into it, which happens after the dialog first paints.
  const closeWithEscape = async (page: Page) => {
    await expect
      .poll(() => page.evaluate(() => Boolean(document.querySelector('[data-rujuk-popup]')?.shadowRoot?.activeElement)))
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogCount(page)).toBe(0);
  };
  // Triggers are armed once the loader has run; nothing else is fetched before a trigger fires.
  const armed = (page: Page) => page.waitForLoadState('networkidle');

  it('opens from any [data-rujuk-open] element, including ones added later', async () => {
    const { page, errors } = await visit(
      '/openers.html',
      widgetPage(stack.backend, { body: '<a href="#refer" data-rujuk-open data-rujuk-title="Late title">Refer</a>' }),
    );
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = 'Later';
      button.setAttribute('data-rujuk-open', '');
      document.querySelector('main')!.append(button);
    });
    await page.getByRole('button', { name: 'Later' }).click();
    await opened(page);
    await closeWithEscape(page);
    await page.getByRole('link', { name: 'Refer' }).click();
    // The opener's own attributes win over the script tag's.
    await expect
      .poll(() => page.getByRole('dialog').getByRole('heading', { level: 2 }).textContent())
      .toBe('Late title');
    expect(new URL(page.url()).hash).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("replays rujuk('open') called before the loader, with its callback", async () => {
    const { page, errors } = await visit(
      '/queued.html',
      widgetPage(stack.backend, { before: `${STUB};rujuk('open', function(){ window.__opened = true; });` }),
    );
    await opened(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __opened?: boolean }).__opened)).toBe(true);
    await page.evaluate(() => (window as unknown as { rujuk: (c: string) => Promise<void> }).rujuk('close'));
    await expect.poll(() => dialogCount(page)).toBe(0);
    expect((await readEvents(page)).map((event) => event.name)).toEqual(['open', 'close']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens after delay:N seconds, and only once per visitor', async () => {
    const html = widgetPage(stack.backend, { script: { 'data-rujuk-trigger': 'delay:0.3' } });
    const { page } = await visit('/delay.html', html);
    expect(await dialogCount(page)).toBe(0);
    await opened(page);
    await page.keyboard.press('Escape');
    await page.reload();
    await expectNothingFor('second popup for the same visitor', {
      after: () => armed(page),
      probe: () => dialogCount(page),
      happened: (count) => count > 0,
      // Well past the 0.3 s delay.
      ms: 800,
    });
    expect(await dialogCount(page)).toBe(0);
    await page.close();
  });

  it('opens every time with data-rujuk-frequency="always"', async () => {
    const html = widgetPage(stack.backend, {
      script: { 'data-rujuk-trigger': 'delay:0.1', 'data-rujuk-frequency': 'always' },
    });
    const { page } = await visit('/always.html', html);
    await opened(page);
    await page.reload();
    await opened(page);
    await page.close();
  });

  it('opens when the visitor scrolls past scroll:N%', async () => {
    const { page } = await visit(
      '/scroll.html',
      widgetPage(stack.backend, {
        script: { 'data-rujuk-trigger': 'scroll:50%' },
        body: '<div style="height:4000px"></div>',
      }),
    );
    await expectNothingFor('popup before half the page', {
      after: async () => {
        await armed(page);
        await page.mouse.wheel(0, 800);
        await page.waitForFunction(() => scrollY >= 800);
      },
      probe: () => dialogCount(page),
      happened: (count) => count > 0,
      ms: 300,
    });
    expect(await dialogCount(page)).toBe(0);
    await page.mouse.wheel(0, 1500);
    await opened(page);
    await page.close();
  });

  it('opens on exit intent, when the pointer leaves through the top', async () => {
    const { page } = await visit(
      '/exit.html',
      widgetPage(stack.backend, { script: { 'data-rujuk-trigger': 'exit-intent' } }),
    );
    await armed(page);
    await page.mouse.move(400, 300);
    await page.mouse.move(400, 100);
    expect(await dialogCount(page)).toBe(0);
    await page.evaluate(() =>
      document.documentElement.dispatchEvent(
        new MouseEvent('mouseout', { clientY: -1, bubbles: true, relatedTarget: null }),
      ),
    );
    await opened(page);
    await page.close();
  });

  it('opens after the snippet reports a conversion', async () => {
    const { page } = await visit(
      '/convert.html',
      widgetPage(stack.backend, { script: { 'data-rujuk-trigger': 'after-convert' } }),
    );
    await armed(page);
    expect(await dialogCount(page)).toBe(0);
    await page.evaluate(() =>
      window.dispatchEvent(new CustomEvent('rujuk:convert', { detail: { event: 'purchase' } })),
    );
    await opened(page);
    await page.close();
  });

  it('shows a floating launcher that opens the popup and gets focus back on close', async () => {
    const { page, errors } = await visit(
      '/launcher.html',
      widgetPage(stack.backend, { script: { 'data-rujuk-launcher': 'Get $10', 'data-rujuk-position': 'bottom-left' } }),
    );
    const launcher = page.getByRole('button', { name: 'Get $10' });
    const box = await launcher.boundingBox();
    expect(box!.x).toBeLessThan(40);
    await launcher.focus();
    await page.keyboard.press('Enter');
    await opened(page);
    await closeWithEscape(page);
    expect(await launcher.evaluate((node) => (node.getRootNode() as ShadowRoot).activeElement === node)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
