import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from '../support/browser.js';
import { type Demo, personContext, startDemo } from './demo.js';

// The snippet and the widget share the participant token through localStorage `rujuk_token`, so a
// customer who enrols through a shop's `<form data-rujuk-join>` should find their link in the widget.
describe('a join through the snippet, seen by the widget', () => {
  let demo: Demo;
  let browser: Browser;

  beforeAll(async () => {
    [demo, browser] = await Promise.all([startDemo({ sitePort: 0, apiPort: 0, seed: false }), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), demo?.close()]);
  });

  it('signs the widget in with the token the snippet saved after a <form data-rujuk-join> submit', async () => {
    const context = await personContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${demo.siteUrl}/script-tag/`);
    // Turn the example's sign-up form into a join form, as a shop enrolling every new customer would.
    await page.evaluate(() => document.getElementById('signup')!.setAttribute('data-rujuk-join', ''));
    const joined = page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          addEventListener('rujuk:join', (e) => resolve((e as CustomEvent).detail.code)),
        ),
    );
    await page.locator('#signup').getByLabel('Email').fill('carla.form@example.com');
    await page.locator('#signup').getByRole('button', { name: 'Sign up' }).click();
    const code = await joined;

    await page.reload();
    const link = page.locator('[data-rujuk-embed]').getByLabel('Your referral link');
    await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1);
    expect(await link.inputValue()).toMatch(new RegExp(`\\?ref=${code}$`));
    expect(errors).toEqual([]);
    await context.close();
  });
});
