import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.js';
import { joinInPopup, OPENER, openerVisitor, readEvents, recordEvents, widgetPage } from './page.js';

const variants = [
  { id: 'warm', weight: 1, title: 'Share the warmth', description: 'Friends get 20% off.', accent: '#b45309' },
  { id: 'cool', weight: 1, title: 'Invite your crew', description: 'Friends get 20% off.', accent: '#0f766e' },
];

describe('A/B variants from the program config', () => {
  const stack = useStack({ config: { variants } });

  it('buckets a visitor deterministically and reports the variant with open, share and join', async () => {
    const { context, page, errors } = await openerVisitor(stack, '/ab.html');
    await recordEvents(page);
    await page.goto(`http://shop.test:${stack.site.port}/ab.html`);
    await page.getByRole('button', { name: 'Refer a friend' }).click();
    const heading = page.getByRole('dialog').getByRole('heading', { level: 2 });
    const title = await heading.textContent();
    const variant = variants.find((entry) => entry.title === title);
    expect(variant).toBeDefined();
    const code = new URL(await joinInPopup(page, 'ab@example.com')).searchParams.get('ref');
    await page
      .getByRole('dialog')
      .getByRole('link', { name: 'Share on X' })
      .evaluate((link) => {
        link.addEventListener('click', (event) => event.preventDefault());
        (link as HTMLElement).click();
      });
    const events = await readEvents(page);
    expect(events).toContainEqual({ name: 'open', variant: variant!.id });
    expect(events).toContainEqual(expect.objectContaining({ name: 'join', code, variant: variant!.id }));
    expect(events).toContainEqual({ name: 'share', channel: 'x', variant: variant!.id, code });
    // The variant's accent styles the popup.
    const button = page.getByRole('dialog').getByRole('button', { name: 'Copy' });
    const accent = await button.evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(accent).toBe(variant!.id === 'warm' ? 'rgb(180, 83, 9)' : 'rgb(15, 118, 110)');

    // Same visitor, same bucket, on every page view.
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await page.getByRole('button', { name: 'Refer a friend' }).click();
      expect(await heading.textContent()).toBe(title);
      await page.keyboard.press('Escape');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets data-rujuk-variant force a variant', async () => {
    stack.site.setPage(
      '/forced.html',
      widgetPage(stack.backend, { script: { 'data-rujuk-variant': 'cool' }, body: OPENER }),
    );
    const page = await stack.browser.newPage();
    await page.goto(`http://shop.test:${stack.site.port}/forced.html`);
    await page.getByRole('button', { name: 'Refer a friend' }).click();
    expect(await page.getByRole('dialog').getByRole('heading', { level: 2 }).textContent()).toBe('Invite your crew');
    await page.close();
  });
});
