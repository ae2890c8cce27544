import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { engine, watchErrors } from '../support/browser.js';
import { reducedMotionContext } from '../support/emulation.js';
import { useStack } from '../support/stack.js';
import { ARTIFACTS, joinInPopup, OPENER, openerVisitor, widgetPage } from './page.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Runs axe-core's WCAG 2.x A/AA rules over the page, shadow roots included. */
async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } })
      .axe.run;
    const result = await run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations as AxeViolation[];
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

describe('accessibility in Chromium', () => {
  const stack = useStack();
  beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

  async function open(path: string, script: Record<string, string>, viewport = { width: 1024, height: 900 }) {
    stack.site.setPage(path, widgetPage(stack.backend, { script, body: OPENER }));
    const context = await stack.browser.newContext({ viewport });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`http://shop.test:${stack.site.port}${path}`);
    await page.getByRole('button', { name: 'Refer a friend' }).click();
    await page.getByRole('dialog').locator('#rj-email').waitFor();
    return { page, errors, context };
  }

  for (const [theme, accent] of [
    ['light', '#4f46e5'],
    ['dark', '#4f46e5'],
    ['light', '#fde047'],
  ] as const) {
    it(`has no axe violations in any view (${theme} theme, accent ${accent})`, async () => {
      const { page, errors, context } = await open(`/axe-${theme}-${accent.slice(1)}.html`, {
        'data-rujuk-theme': theme,
        'data-rujuk-accent': accent,
      });
      const shot = async (view: string) =>
        page.screenshot({ path: new URL(`${view}-${theme}-${accent.slice(1)}.png`, ARTIFACTS).pathname });
      expect(await axe(page)).toEqual([]);
      await shot('join');
      await joinInPopup(page, `axe.${theme}.${accent.slice(1)}@example.com`);
      expect(await axe(page)).toEqual([]);
      await shot('share');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'QR code' }).click();
      await dialog.getByRole('img', { name: 'QR code' }).waitFor();
      expect(await axe(page)).toEqual([]);
      await shot('share-qr');
      for (const [tab, view] of [
        ['Progress', 'progress'],
        ['Leaderboard', 'leaderboard'],
        ['How it works', 'how-it-works'],
      ] as const) {
        await dialog.getByRole('button', { name: tab }).click();
        // The tab is current and its view is drawn: its chunk, its strings and its data are in.
        await dialog.locator('button[aria-current="page"]', { hasText: tab }).waitFor();
        await dialog.locator('.sk').waitFor({ state: 'detached' });
        expect(await axe(page), view).toEqual([]);
        await shot(view);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('works with the keyboard alone: focus moves in, Tab is trapped, Escape closes, focus returns', async () => {
    const { context, page } = await openerVisitor(stack, '/keys.html');
    await page.goto(`http://shop.test:${stack.site.port}/keys.html`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Refer a friend');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').waitFor();
    const focused = () =>
      page.evaluate(() => {
        let node = document.activeElement;
        while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
        const inDialog = Boolean(node?.closest('[role="dialog"]'));
        return `${inDialog ? 'in' : 'OUT'}:${node?.tagName}:${node?.id || node?.textContent?.trim().slice(0, 20)}`;
      });
    await expect.poll(focused).toBe('in:INPUT:rj-email');
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused());
    }
    expect(seen.every((entry) => entry.startsWith('in:'))).toBe(true);
    // Email → name → submit → summary (terms) → close, then around again.
    expect(seen.slice(0, 5)).toEqual([
      'in:INPUT:rj-name',
      'in:BUTTON:Get my link',
      'in:SUMMARY:Terms',
      'in:BUTTON:×',
      'in:INPUT:rj-email',
    ]);
    // Backwards from the terms: submit, name, email, then around to the close button.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('in:BUTTON:×');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Refer a friend');

    // Join with the keyboard only.
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Email').waitFor();
    await page.keyboard.type('keys@example.com');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Your referral link').waitFor();
    await context.close();
  });

  it('keeps the keyboard in the popup after a join the backend refused: focus on the email, Escape closes', async () => {
    const { context, page } = await openerVisitor(stack, '/refused-keys.html');
    await page.route(/\/v1\/participants(\?|$)/, (route) =>
      route.request().method() !== 'POST'
        ? route.continue()
        : route.fulfill({
            status: 429,
            contentType: 'application/problem+json',
            headers: { 'access-control-allow-origin': '*' },
            body: JSON.stringify({ code: 'rate_limited', title: 'Too many joins', status: 429 }),
          }),
    );
    await page.goto(`http://shop.test:${stack.site.port}/refused-keys.html`);
    await page.getByRole('button', { name: 'Refer a friend' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill('refused@example.com');
    // A click leaves focus on the submit button, which is disabled while the join is on its way.
    await dialog.getByRole('button', { name: 'Get my link' }).click();
    await dialog.getByRole('alert').waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => {
          let node = document.activeElement;
          while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
          return node?.id;
        }),
      )
      .toBe('rj-email');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await context.close();
  });

  it('shows a visible focus ring and respects prefers-reduced-motion', async () => {
    stack.site.setPage('/motion.html', widgetPage(stack.backend, { body: OPENER }));
    const context = await reducedMotionContext(stack.browser);
    const page = await context.newPage();
    await page.goto(`http://shop.test:${stack.site.port}/motion.html`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').waitFor();
    expect(await dialog.evaluate((node) => getComputedStyle(node).animationName)).toBe('none');
    await page.keyboard.press('Tab');
    const outline = await dialog
      .getByLabel('Name (optional)')
      .evaluate((node) => [getComputedStyle(node).outlineStyle, getComputedStyle(node).outlineWidth]);
    expect(outline).toEqual(['solid', '3px']);
    await context.close();
  });

  it('lays out right-to-left for Arabic', async () => {
    const { page, errors, context } = await open('/rtl.html', { 'data-rujuk-locale': 'ar' });
    const dialog = page.getByRole('dialog');
    expect(await dialog.getAttribute('dir')).toBe('rtl');
    const title = await dialog.getByRole('heading', { level: 2 }).boundingBox();
    const close = await dialog.getByRole('button', { name: 'إغلاق' }).boundingBox();
    expect(close!.x).toBeLessThan(title!.x);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: new URL('join-rtl-ar.png', ARTIFACTS).pathname });
    expect(errors).toEqual([]);
    await context.close();
  });

  // MiniBrowser's window is never narrower than its toolbar, so its viewport stays over 430 px wide.
  it.skipIf(engine === 'webkit')('is usable at 320 px wide, without horizontal scrolling', async () => {
    const { page, context } = await open('/narrow.html', {}, { width: 320, height: 640 });
    const dialog = page.getByRole('dialog');
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    await joinInPopup(page, 'narrow@example.com');
    expect(await dialog.evaluate((node) => node.scrollWidth <= node.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: new URL('share-320px.png', ARTIFACTS).pathname });
    await context.close();
  });
});
