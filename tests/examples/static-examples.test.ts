import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, personContext, secretGet, startDemo } from '../loop/demo.js';
import { launchBrowser, watchErrors } from '../support/browser.js';
import { waitFor } from '../support/wait.js';

describe('the static examples, served by the demo', () => {
  let demo: Demo;
  let browser: Browser;

  beforeAll(async () => {
    [demo, browser] = await Promise.all([startDemo({ sitePort: 0, apiPort: 0 }), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), demo?.close()]);
  });

  it('script-tag: a friend of the seeded Anna sees the offer and buys, attributed to ANNA42', async () => {
    const context = await personContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${demo.siteUrl}/script-tag/?ref=anna42`);
    await expect.poll(() => page.locator('#offer').isVisible()).toBe(true);
    // The sign-up form got the hidden referral field from the snippet.
    await expect.poll(() => page.locator('#signup input[name="rujuk_ref"]').inputValue()).toMatch(/^1\.ANNA42\./);
    await page.getByRole('button', { name: 'Buy now' }).click();
    await expect.poll(() => page.locator('#bought').textContent()).toMatch(/^Thanks! Order ORDER-\d+ is on its way\.$/);
    const orderId = (await page.locator('#bought').textContent())!.split(' ')[2];
    const { items } = await waitFor(
      () => secretGet<{ items: Array<Record<string, unknown>> }>(demo, `/v1/conversions?orderId=${orderId}`),
      (answer) => answer.items.length === 1,
      { what: 'the purchase to reach the backend' },
    );
    expect(items[0]).toMatchObject({ event: 'purchase', attributed: true, referrerCode: 'ANNA42', amount: 4999 });
    // The inline share embed offers the join form to a visitor who has not joined.
    await expect.poll(() => page.locator('[data-rujuk-embed]').getByLabel('Email').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('styling: renders the same widget in three brands from data attributes alone', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${demo.siteUrl}/styling/`);
    const brands = [
      { id: '#light', title: 'Share the bloom', button: 'Get my invite link', accent: 'rgb(21, 128, 61)' },
      { id: '#dark', title: 'Pass the aux', button: 'Generate link', accent: 'rgb(167, 139, 250)' },
      {
        id: '#playful',
        title: 'Ajak teman, dapat boba gratis!',
        button: 'Dapatkan tautan saya',
        accent: 'rgb(219, 39, 119)',
      },
    ];
    for (const brand of brands) {
      const widget = page.locator(brand.id);
      await expect.poll(() => widget.getByRole('heading').first().textContent()).toBe(brand.title);
      const button = widget.getByRole('button', { name: brand.button });
      expect(await button.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(brand.accent);
    }
    const fonts = await Promise.all(
      brands.map((brand) =>
        page
          .locator(brand.id)
          .getByRole('button')
          .first()
          .evaluate((element) => getComputedStyle(element).fontFamily),
      ),
    );
    expect(fonts[0]).toContain('Georgia');
    expect(fonts[1]).toContain('monospace');
    expect(fonts[2]).toContain('Trebuchet MS');
    // The markup beside each widget is what the widget actually carries.
    const shown = await page.locator('.brand-dark pre').textContent();
    expect(shown).toContain('data-rujuk-theme="dark"');
    expect(shown).toContain('data-rujuk-accent="#a78bfa"');
    expect(errors).toEqual([]);
    await page.close();
  });
});
