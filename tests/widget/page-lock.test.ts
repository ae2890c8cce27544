import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { engine, watchErrors } from '../support/browser.js';
import { useStack } from '../support/stack.js';
import { widgetPage } from './page.js';

// A long page with an opener, a link and a marker to measure, and an aside the page made inert itself.
const BODY = `<button type="button" data-rujuk-open>Refer a friend</button>
<a id="deep" href="/elsewhere">Our story</a><p id="mark">Hand-made ceramics</p><div class="tall"></div>`;
const HEAD = '<style>.tall{height:3000px}</style>';
const AFTER = '<aside id="own" inert><a href="/help">Help</a></aside>';

/** Where the page is scrolled and where its marker sits in the viewport. */
function pageState(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector('#mark')!.getBoundingClientRect();
    return { scrollY, x: box.x, y: box.y, width: box.width };
  });
}

/** Waits until the page has painted twice, long enough for a wheel or key to have scrolled it. */
function twoFrames(page: Page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Whether `selector` can take focus: an inert element cannot. */
function canFocus(page: Page, selector: string) {
  return page.evaluate((target) => {
    const element = document.querySelector<HTMLElement>(target)!;
    element.focus();
    return document.activeElement === element;
  }, selector);
}

describe('the page behind the popup in Chromium', () => {
  // Scrollbars that take their width from the page, as on a desktop: hiding one is what would shift the content.
  const stack = useStack({}, { scrollbars: true });

  it('holds still and inert while the popup is open, and comes back as it was when it closes', async () => {
    const html = widgetPage(stack.backend, { body: BODY, head: HEAD }).replace('</main>', `</main>${AFTER}`);
    stack.site.setPage('/lock.html', html);
    const context = await stack.browser.newContext({ viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`http://shop.test:${stack.site.port}/lock.html`);
    await page.waitForFunction(() => typeof window.rujuk === 'function');
    await page.evaluate(() => scrollTo(0, 600));
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(600);
    if (engine === 'chromium') {
      expect(await page.evaluate(() => innerWidth - document.documentElement.clientWidth)).toBeGreaterThan(0);
    }
    const before = await pageState(page);

    await page.evaluate(() => window.rujuk('open'));
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').waitFor();
    expect(await pageState(page), 'no layout shift when it opens').toEqual(before);
    expect(await page.evaluate(() => document.querySelector('main')!.inert)).toBe(true);
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('[data-rujuk-popup]')!.inert)).toBe(false);
    expect(await canFocus(page, '#deep')).toBe(false);

    await page.mouse.move(20, 20);
    await page.mouse.wheel(0, 900);
    await twoFrames(page);
    await dialog.getByRole('heading', { level: 2 }).click();
    for (const key of ['PageDown', 'End', 'Space', 'ArrowDown']) await page.keyboard.press(key);
    await twoFrames(page);
    expect(await pageState(page), 'the wheel and the keys leave the page where it was').toEqual(before);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await pageState(page), 'no layout shift when it closes').toEqual(before);
    expect(await page.evaluate(() => document.querySelector('main')!.inert)).toBe(false);
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('#own')!.inert), 'the page’s own').toBe(true);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    expect(await canFocus(page, '#deep')).toBe(true);
    await page.mouse.wheel(0, 900);
    await expect.poll(async () => (await pageState(page)).scrollY).toBeGreaterThan(600);
    expect(errors).toEqual([]);
    await context.close();
  });
});
