import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.js';
import { joinInPopup, openerVisitor, recordErrors, reported } from './page.js';

// A widget file that fails to download (the visitor went offline, a CDN hiccup) is downloaded again on
// the next try (the next open, the next view switch) instead of failing until the page is reloaded.
// Each failure shows in the widget where it can and is reported once as rujuk:error. Firefox keeps a
// failed module download for the life of the page, so the widget imports a file that failed from a new
// URL (`?1`): the routes below match the file's path, whatever its query.

/** Where the static server serves the script-tag build. */
const DIST = '/packages/widget/dist/';

describe('a widget file that failed to download', () => {
  const stack = useStack();

  /**
   * A fresh visitor on a page with an opener, with `file` (a path under dist/) failing to download
   * while `offline.on` is true: the switch stands for the network going away and coming back.
   */
  async function visit(path: string, file: string) {
    const { context, page, errors } = await openerVisitor(stack, path);
    await recordErrors(page);
    const offline = { on: false };
    await context.route(
      (url) => url.pathname === `${DIST}${file}`,
      (route) => (offline.on ? route.abort('internetdisconnected') : route.continue()),
    );
    await page.goto(`http://shop.test:${stack.site.port}${path}`);
    return { page, errors, offline };
  }

  const open = (page: Page) => page.getByRole('button', { name: 'Refer a friend' }).click();
  const close = async (page: Page) => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  };
  /** Opens while `file` fails to download: one rujuk:error naming it, and no popup. */
  async function failToOpen(page: Page, offline: { on: boolean }, file: string) {
    offline.on = true;
    await open(page);
    await expect.poll(() => reported(page)).toHaveLength(1);
    expect((await reported(page))[0]).toEqual({ code: 'chunk_unavailable', message: expect.stringContaining(file) });
    expect(await page.getByRole('dialog').count()).toBe(0);
  }

  /** Opens again with the network back: the join form shows, and nothing more is reported. */
  async function openAgain(page: Page, offline: { on: boolean }) {
    offline.on = false;
    await open(page);
    await page.getByRole('dialog').getByLabel('Email').waitFor();
    expect(await reported(page)).toHaveLength(1);
  }

  /** The loader's own log lines, without the browser's network messages. */
  const logged = (errors: string[]) => errors.filter((line) => !line.includes('Failed to load resource'));

  it('opens the popup on the next open when the UI file failed on the first', async () => {
    const { page, errors, offline } = await visit('/retry-ui.html', 'ui/widget-ui.js');
    await failToOpen(page, offline, 'ui/widget-ui.js');
    await openAgain(page, offline);
    expect(logged(errors)).toEqual([expect.stringMatching(/^console\.error: \[rujuk\] TypeError: .*widget-ui\.js/)]);
    // One popup host, not one per try.
    expect(await page.locator('[data-rujuk-popup]').count()).toBe(1);
    await page.context().close();
  });

  it('opens the popup on the next open when the locale failed on the first', async () => {
    const { page, offline } = await visit('/retry-locale.html', 'ui/locales/en.js');
    await failToOpen(page, offline, 'ui/locales/en.js');
    await openAgain(page, offline);
    await page.context().close();
  });

  it('shows the error in the popup while the join form does not download, and the form on the next open', async () => {
    const { page, errors, offline } = await visit('/retry-view.html', 'ui/views/join.js');
    offline.on = true;
    await open(page);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Something went wrong. Please try again.').first().waitFor();
    expect(await dialog.getByLabel('Email').count()).toBe(0);
    expect(await reported(page)).toEqual([
      { code: 'chunk_unavailable', message: expect.stringContaining('ui/views/join.js') },
    ]);
    await close(page);

    offline.on = false;
    await open(page);
    await dialog.getByLabel('Email').waitFor();
    expect(await dialog.getByText('Something went wrong. Please try again.').count()).toBe(0);
    expect(await reported(page)).toHaveLength(1);
    expect(logged(errors)).toEqual([]);
    await page.context().close();
  });

  it('shows the progress view on the next switch to it when its file failed on the first', async () => {
    const { page, offline } = await visit('/retry-switch.html', 'ui/views/more.js');
    await open(page);
    await joinInPopup(page, 'retry.switch@example.com');
    const dialog = page.getByRole('dialog');

    offline.on = true;
    await dialog.getByRole('button', { name: 'Progress' }).click();
    await dialog.getByText('Something went wrong. Please try again.').waitFor();
    expect(await reported(page)).toEqual([
      { code: 'chunk_unavailable', message: expect.stringContaining('ui/views/more.js') },
    ]);

    offline.on = false;
    await dialog.getByRole('button', { name: 'Share' }).click();
    await dialog.getByRole('button', { name: 'Progress' }).click();
    await dialog.locator('[part="stats"]').waitFor();
    expect(await reported(page)).toHaveLength(1);
    await page.context().close();
  });
});
