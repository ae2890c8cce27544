import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser.js';
import { expectNothingFor } from '../support/expect-nothing.js';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait.js';
import { ARTIFACTS, joinInPopup, widgetPage } from './page.js';

const HOSTILE_CSS = `<style>
* { all: unset !important; }
button { display: none !important; }
div, section, input { display: none !important; opacity: 0 !important; }
:root { font-size: 4px !important; }
</style>`;

const openPopup = (page: Page) =>
  page.evaluate(() => (window as unknown as { rujuk: (command: string) => Promise<void> }).rujuk('open'));

describe('isolation from the host page', () => {
  const stack = useStack();
  beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

  it('cannot be broken by hostile page CSS', async () => {
    stack.site.setPage(
      '/hostile.html',
      widgetPage(stack.backend, { head: HOSTILE_CSS, body: '<div id="embed" data-rujuk-embed="join"></div>' }),
    );
    const page = await stack.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`http://shop.test:${stack.site.port}/hostile.html`);
    const embed = page.locator('#embed');
    await embed.locator('#rj-email').waitFor();
    expect(await embed.locator('#rj-email').isVisible()).toBe(true);
    await openPopup(page);
    const dialog = page.getByRole('dialog');
    const box = await dialog.boundingBox();
    expect(box!.width).toBeGreaterThan(380);
    expect(await dialog.evaluate((node) => getComputedStyle(node).fontSize)).toBe('16px');
    const link = await joinInPopup(page, 'hostile@example.com');
    expect(link).toMatch(/\?ref=/);
    expect(await dialog.getByRole('button', { name: 'Copy' }).isVisible()).toBe(true);
    await page.screenshot({ path: new URL('hostile-css.png', ARTIFACTS).pathname });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works under a strict Content-Security-Policy without unsafe-inline', async () => {
    const csp = `default-src 'self'; connect-src 'self' ${stack.backend.url}; base-uri 'none'; object-src 'none'`;
    stack.site.setPage('/csp.html', {
      body: widgetPage(stack.backend, { body: '<a href="#" data-rujuk-open>Refer a friend</a>' }),
      headers: { 'content-security-policy': csp },
    });
    const page = await stack.browser.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = violations;
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(`http://shop.test:${stack.site.port}/csp.html`);
    await page.getByRole('link', { name: 'Refer a friend' }).click();
    const dialog = page.getByRole('dialog');
    await joinInPopup(page, 'csp@example.com');
    await dialog.getByRole('button', { name: 'QR code' }).click();
    await dialog.getByRole('img', { name: 'QR code' }).waitFor();
    await dialog.getByRole('button', { name: 'Progress' }).click();
    await dialog.locator('[part="stats"]').waitFor();
    // Styled: the dialog has its background and the button its accent.
    expect(await dialog.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds nothing global but window.rujuk: no globals, styles or custom elements, but the open popup’s page lock', async () => {
    stack.site.setPage(
      '/globals.html',
      widgetPage(stack.backend, { body: '<div data-rujuk-embed="leaderboard"></div>' }),
    );
    const page = await stack.browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __before: string[] }).__before = Object.keys(window);
    });
    await page.goto(`http://shop.test:${stack.site.port}/globals.html`);
    await openPopup(page);
    await page.getByRole('dialog').locator('#rj-email').waitFor();
    const added = await page.evaluate(() => {
      const before = new Set((window as unknown as { __before: string[] }).__before);
      // `__pw_*` are the driver's own helpers (Playwright's WebDriver BiDi text input in Firefox), not the page's.
      return Object.keys(window).filter((key) => !before.has(key) && key !== '__before' && !key.startsWith('__pw_'));
    });
    expect(added).toEqual(['rujuk']);
    expect(await page.evaluate(() => document.querySelectorAll('style, link[rel="stylesheet"]').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[style]').length)).toBe(0);
    // While the popup is open, one adopted sheet holds the page still; it goes with the popup.
    const pageRules = () =>
      page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (r) => r.cssText)));
    expect(await pageRules()).toEqual([expect.stringMatching(/^html \{ overflow: hidden !important;/)]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await pageRules()).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('[style], [inert]').length)).toBe(0);
    await page.close();
  });

  it('shifts no layout on the host page (CLS 0) with a launcher, a trigger and the popup', async () => {
    stack.site.setPage(
      '/cls.html',
      widgetPage(stack.backend, {
        script: {
          'data-rujuk-launcher': 'true',
          'data-rujuk-trigger': 'delay:0.2',
          'data-rujuk-position': 'bottom-right',
        },
        body: '<p>Lorem ipsum dolor sit amet.</p>'.repeat(30),
      }),
    );
    const page = await stack.browser.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`http://shop.test:${stack.site.port}/cls.html`);
    await page.getByRole('dialog').locator('#rj-email').waitFor();
    await page.keyboard.press('Escape');
    const shifts = () => page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    await expectNothingFor('layout shift while the popup opens', {
      after: async () => {
        await page.getByRole('button', { name: 'Refer a friend' }).click();
        await page.getByRole('dialog').locator('#rj-email').waitFor();
      },
      probe: shifts,
      happened: (values) => values.length > 0,
      // Longer than the popup's opening animation, so every frame it paints is observed.
      ms: 300,
    });
    expect(await shifts()).toEqual([]);
    await page.close();
  });

  it('restyles live when data-rujuk attributes change on the script tag or an embed', async () => {
    stack.site.setPage(
      '/live.html',
      widgetPage(stack.backend, { body: '<div id="embed" data-rujuk-embed="join"></div>' }),
    );
    const page = await stack.browser.newPage();
    await page.goto(`http://shop.test:${stack.site.port}/live.html`);
    const embed = page.locator('#embed');
    await embed.locator('#rj-email').waitFor();
    const surface = () => embed.locator('section').evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(await surface()).toBe('rgb(255, 255, 255)');
    await page.evaluate(() => document.querySelector('script[data-key]')!.setAttribute('data-rujuk-theme', 'dark'));
    await expect.poll(surface).toBe('rgb(17, 24, 39)');
    await page.evaluate(() => {
      const node = document.getElementById('embed')!;
      node.setAttribute('data-rujuk-title', 'Spring promo');
      node.setAttribute('data-rujuk-accent', '#0f766e');
    });
    await expect.poll(() => embed.getByRole('heading', { level: 2 }).textContent()).toBe('Spring promo');
    const button = () =>
      embed
        .getByRole('button')
        .last()
        .evaluate((node) => getComputedStyle(node).backgroundColor);
    await expect.poll(button).toBe('rgb(15, 118, 110)');
    await page.close();
  });

  it('refuses an accent attribute that could break out of its custom property, with a warning naming it', async () => {
    const accent = 'red; background: url(x)';
    stack.site.setPage(
      '/bad-accent.html',
      widgetPage(stack.backend, {
        body: `<div id="embed" data-rujuk-embed="join" data-rujuk-accent="${accent}"></div>`,
      }),
    );
    const page = await stack.browser.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`http://shop.test:${stack.site.port}/bad-accent.html`);
    const embed = page.locator('#embed');
    await embed.locator('#rj-email').waitFor();
    await expect.poll(() => warnings).toContain(`[rujuk] ignoring invalid accent: "${accent}"`);
    expect(await embed.evaluate((node) => (node as HTMLElement).style.getPropertyValue('--rujuk-accent'))).toBe('');
    // The join button keeps the default accent.
    const button = embed.getByRole('button').last();
    expect(await button.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe('rgb(79, 70, 229)');
    await page.close();
  });

  it('refuses the launcher accent, position and frequency the parser refuses, with its warnings, before the UI downloads', async () => {
    const accent = 'red; background: url(x)';
    stack.site.setPage(
      '/bad-launcher.html',
      widgetPage(stack.backend, {
        script: {
          'data-rujuk-launcher': 'Get $10',
          'data-rujuk-accent': accent,
          'data-rujuk-position': 'top-center',
          'data-rujuk-trigger': 'exit-intent',
          'data-rujuk-frequency': 'hourly',
        },
      }),
    );
    const page = await stack.browser.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const errors = watchErrors(page);
    await page.goto(`http://shop.test:${stack.site.port}/bad-launcher.html`);
    const launcher = page.getByRole('button', { name: 'Get $10' });
    await launcher.waitFor();
    await expect
      .poll(() => warnings)
      .toEqual(
        expect.arrayContaining([
          `[rujuk] ignoring invalid accent: "${accent}"`,
          '[rujuk] ignoring invalid position: "top-center"',
          '[rujuk] ignoring invalid frequency: "hourly"',
        ]),
      );
    // The loader warned: nothing but the loader has been downloaded.
    const downloaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(downloaded.filter((name) => name.includes('/packages/widget/dist/'))).toEqual([
      expect.stringContaining('widget.global.js'),
    ]);
    // The default corner (bottom right, not top) and the default accent.
    const box = (await launcher.boundingBox())!;
    const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(box.y + box.height).toBeGreaterThan(viewport.height - 40);
    expect(box.x + box.width).toBeGreaterThan(viewport.width - 40);
    const host = page.locator('[data-rujuk-launcher-host]');
    expect(await host.evaluate((node) => (node as HTMLElement).style.getPropertyValue('--rujuk-accent'))).toBe('');
    expect(await launcher.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe('rgb(79, 70, 229)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves a foreign window.rujuk alone and warns once', async () => {
    stack.site.setPage(
      '/foreign.html',
      widgetPage(stack.backend, { before: 'window.rujuk = function theirs() { return 42; };' }),
    );
    const page = await stack.browser.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const errors = watchErrors(page);
    await page.goto(`http://shop.test:${stack.site.port}/foreign.html`);
    const ours = () => warnings.filter((text) => text.includes('[rujuk]'));
    await expectNothingFor('second warning', {
      after: () => waitFor(ours, (list) => list.length > 0, { what: 'the loader’s warning' }),
      probe: ours,
      happened: (list) => list.length > 1,
      ms: 200,
    });
    expect(await page.evaluate(() => (window as unknown as { rujuk: () => number }).rujuk())).toBe(42);
    expect(ours()).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
