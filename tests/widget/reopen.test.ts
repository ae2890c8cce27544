import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.js';
import { joinInPopup, openerVisitor } from './page.js';

// How fast the popup opens is measured by `pnpm bench` (click → visible, cold and warm chunk). This file
// checks what makes a later open fast: nothing is downloaded again and nothing waits on a timer or
// the network, so the dialog is in the page by the first frame after the click, with focus inside.

/** Where the script-tag build lives on the test site: every request under it is widget code. */
const WIDGET_CODE = '/packages/widget/dist/';

describe('opening the popup again', () => {
  const stack = useStack();

  /** A fresh visitor on a page with an opener; `requests` lists the path of every request the page makes. */
  async function visit(path: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const { page, errors } = await openerVisitor(stack, path);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`http://shop.test:${stack.site.port}${path}`);
    return { page, requests, errors };
  }

  /** Clicks the opener in the page and reports whether the dialog is there when the next frame starts. */
  const openedByNextFrame = (page: Page) =>
    page.evaluate(async () => {
      document.querySelector<HTMLElement>('[data-rujuk-open]')!.click();
      await new Promise(requestAnimationFrame);
      return Boolean(document.querySelector('[data-rujuk-popup]')?.shadowRoot?.querySelector('[role="dialog"]'));
    });

  /** The id of the focused element inside the popup's shadow root, if focus is in the dialog. */
  const focusedInDialog = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('[data-rujuk-popup]')?.shadowRoot;
      const active = root?.activeElement;
      return active && root.querySelector('[role="dialog"]')?.contains(active) ? active.id || active.tagName : null;
    });

  const closeAndWait = async (page: Page) => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  };

  it('shows the join form again from the loaded chunks, focused, without downloading any widget code', async () => {
    const { page, requests, errors } = await visit('/reopen-join.html');
    const loaderOnly = requests.filter((path) => path.startsWith(WIDGET_CODE));
    expect(loaderOnly).toEqual([`${WIDGET_CODE}widget.global.js`]);

    await page.getByRole('button', { name: 'Refer a friend' }).click();
    const email = page.getByRole('dialog').getByLabel('Email');
    await email.waitFor();
    await expect.poll(() => focusedInDialog(page)).toBe('rj-email');
    // The first open fetched the UI, the join view and one locale, and not the share view it does not show.
    const firstOpen = requests.filter((path) => path.startsWith(`${WIDGET_CODE}ui/`));
    expect(firstOpen.sort()).toEqual(
      [`${WIDGET_CODE}ui/locales/en.js`, `${WIDGET_CODE}ui/views/join.js`, `${WIDGET_CODE}ui/widget-ui.js`].sort(),
    );
    await closeAndWait(page);

    requests.length = 0;
    expect(await openedByNextFrame(page)).toBe(true);
    expect(await email.isVisible()).toBe(true);
    await expect.poll(() => focusedInDialog(page)).toBe('rj-email');
    expect(requests.filter((path) => path.startsWith(WIDGET_CODE))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a known participant's share view again the same way, fetching only their fresh counts", async () => {
    const { page, requests, errors } = await visit('/reopen-share.html');
    await page.getByRole('button', { name: 'Refer a friend' }).click();
    const link = await joinInPopup(page, 'reopen.share@example.com');
    // The join form that had focus is gone; focus stays in the dialog, so Escape still closes it.
    await expect.poll(() => focusedInDialog(page)).toBe('rj-link');
    await closeAndWait(page);

    requests.length = 0;
    expect(await openedByNextFrame(page)).toBe(true);
    const field = page.getByRole('dialog').getByLabel('Your referral link');
    expect(await field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(link);
    await expect.poll(() => focusedInDialog(page)).toBe('rj-link');
    // Counts move while the page is open, so each open asks for them; the code is already in memory.
    await expect.poll(() => requests).toContain('/v1/participants/me');
    expect(requests.filter((path) => path.startsWith(WIDGET_CODE))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
