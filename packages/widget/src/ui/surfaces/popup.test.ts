import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LocaleLoader, loadLocale } from '../../i18n/load-locale.js';
import { fakeConnection, mountFake, view } from '../../test-support/fixtures.js';

afterEach(() => {
  document.body.innerHTML = '';
  // A popup a test left open holds the page's scrolling.
  document.adoptedStyleSheets = [];
});

/** The CSS the page's own adopted stylesheets hold. */
const pageCss = () =>
  document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)).join('');

async function openPopup(options = {}, connection = fakeConnection()) {
  const opener = document.createElement('button');
  document.body.append(opener);
  opener.focus();
  const mounted = mountFake(options, connection);
  mounted.handle.open();
  await vi.waitFor(() => expect(mounted.root.querySelector('[role="dialog"]')).not.toBeNull());
  return { ...mounted, opener, dialog: mounted.root.querySelector<HTMLElement>('[role="dialog"]')! };
}

const tab = (target: Element, shiftKey = false) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }));

describe('the popup', () => {
  it('is a labelled modal dialog that takes focus', async () => {
    const { root, dialog } = await openPopup();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.getElementById('rj-t')?.textContent).toBe('Give 15% off, get $10 store credit');
    expect(dialog.getAttribute('aria-labelledby')).toBe('rj-t');
    await vi.waitFor(() => expect(root.activeElement?.id).toBe('rj-email'));
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { root, dialog } = await openPopup();
    const focusable = dialog.querySelectorAll<HTMLElement>('button, input, a[href], summary');
    const last = focusable[focusable.length - 1]!;
    last.focus();
    tab(last);
    expect(root.activeElement).toBe(focusable[0]);
    tab(focusable[0]!, true);
    expect(root.activeElement).toBe(last);
  });

  it('keeps Tab and Shift+Tab inside when the dialog itself has focus, as after a click on its text', async () => {
    const { root, dialog } = await openPopup();
    const focusable = dialog.querySelectorAll<HTMLElement>('button, input, a[href], summary');
    dialog.focus();
    tab(dialog, true);
    expect(root.activeElement).toBe(focusable[focusable.length - 1]);
    dialog.focus();
    tab(dialog);
    expect(root.activeElement).toBe(focusable[0]);
  });

  it('carries the language of its locale, so screen readers read an Arabic popup as Arabic on an English page', async () => {
    const { dialog } = await openPopup({ locale: 'ar' });
    expect(dialog.getAttribute('lang')).toBe('ar');
    expect(dialog.getAttribute('dir')).toBe('rtl');
  });

  it('takes focus back when the control that had it goes away, as when a join turns the form into the share view', async () => {
    const { root, dialog, connection } = await openPopup();
    await vi.waitFor(() => expect(root.activeElement?.id).toBe('rj-email'));
    connection.stores.$participant.set(view);
    await vi.waitFor(() => expect(root.activeElement?.id).toBe('rj-link'));
    expect(dialog.contains(root.activeElement)).toBe(true);
  });

  it('closes on Escape, emits rujuk:close and gives focus back to the opener', async () => {
    const closed = vi.fn();
    window.addEventListener('rujuk:close', closed, { once: true });
    const { root, dialog, opener } = await openPopup();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(root.querySelector('[role="dialog"]')).toBeNull());
    expect(document.activeElement).toBe(opener);
    expect(closed).toHaveBeenCalledOnce();
  });

  it('closes on a backdrop click and on the close button', async () => {
    const { root, handle } = await openPopup();
    root.querySelector<HTMLElement>('[part="backdrop"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="dialog"]')).toBeNull());
    handle.open();
    await vi.waitFor(() => expect(root.querySelector('[part="close"]')).not.toBeNull());
    expect(root.querySelector('[part="close"]')!.getAttribute('aria-label')).toBe('Close');
    root.querySelector<HTMLElement>('[part="close"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="dialog"]')).toBeNull());
  });

  it('emits rujuk:open with the variant', async () => {
    const opened = vi.fn();
    window.addEventListener('rujuk:open', (event) => opened((event as CustomEvent).detail), { once: true });
    await openPopup({ variant: 'spring' });
    expect(opened).toHaveBeenCalledWith({ variant: 'spring' });
  });

  it('shows the tabs once the participant is known and switches views', async () => {
    const { root } = await openPopup({}, fakeConnection({ view }));
    const tabs = Array.from(root.querySelectorAll<HTMLButtonElement>('[part="tab"]'));
    expect(tabs.map((button) => button.textContent)).toEqual(['Share', 'Progress', 'Leaderboard', 'How it works']);
    expect(tabs[0]!.getAttribute('aria-current')).toBe('page');
    tabs[1]!.click();
    await vi.waitFor(() => expect(root.querySelector('[part="stats"]')).not.toBeNull());
    expect(root.querySelector('[part="tab"][aria-current="page"]')?.textContent).toBe('Progress');
  });

  it('places itself by position and lays out right-to-left for Arabic', async () => {
    const { root, dialog } = await openPopup({ position: 'bottom-left', locale: 'ar' });
    expect(root.querySelector('.bottom-left')).not.toBeNull();
    await vi.waitFor(() =>
      expect(
        dialog.isConnected ? dialog.getAttribute('dir') : root.querySelector('[role="dialog"]')?.getAttribute('dir'),
      ).toBe('rtl'),
    );
  });

  it('opens on the next try when its locale failed to download, and reports the failure once', async () => {
    const reported: unknown[] = [];
    const listener = (event: Event) => reported.push((event as CustomEvent).detail);
    window.addEventListener('rujuk:error', listener);
    const network = { down: true };
    const { root, handle } = mountFake({ locale: 'de' }, fakeConnection(), {
      loadLocale: ((requested: string | null) =>
        network.down
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: locales/de.js'))
          : loadLocale(requested)) as LocaleLoader,
    });
    handle.open();
    await vi.waitFor(() => expect(reported).toHaveLength(2));
    // Nothing to show without its words: no dialog, and each try (the mount, the open) said so.
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(reported[1]).toEqual({
      code: 'chunk_unavailable',
      message: 'Failed to fetch dynamically imported module: locales/de.js',
    });

    network.down = false;
    handle.open();
    await vi.waitFor(() => expect(root.querySelector('[role="dialog"] label')?.textContent).toBe('E-Mail'));
    expect(reported).toHaveLength(2);
    window.removeEventListener('rujuk:error', listener);
  });

  it('holds the page inert behind it and wakes exactly what it put to sleep on close', async () => {
    document.body.innerHTML = '<main><a href="/a">Shop</a></main><aside inert>Page-made</aside>';
    const main = document.querySelector('main')!;
    const aside = document.querySelector('aside')!;
    const { root, handle, host } = await openPopup();
    expect(main.inert).toBe(true);
    expect(aside.inert).toBe(true);
    expect(host.inert).toBe(false);
    expect(pageCss()).toContain('overflow: hidden !important');
    handle.close();
    await vi.waitFor(() => expect(root.querySelector('[role="dialog"]')).toBeNull());
    expect(main.inert).toBe(false);
    expect(main.hasAttribute('inert')).toBe(false);
    expect(aside.inert).toBe(true);
    expect(pageCss()).toBe('');
  });

  it('leaves the page its own styles and stylesheets, and takes only its own away on close', async () => {
    const html = document.documentElement;
    html.style.setProperty('overflow-y', 'scroll');
    const own = new CSSStyleSheet();
    own.replaceSync('body { color: red; }');
    document.adoptedStyleSheets = [own];
    const { root, handle } = await openPopup();
    expect(document.adoptedStyleSheets[0]).toBe(own);
    handle.close();
    await vi.waitFor(() => expect(root.querySelector('[role="dialog"]')).toBeNull());
    expect(document.adoptedStyleSheets).toEqual([own]);
    expect(html.getAttribute('style')).toBe('overflow-y: scroll;');
    html.removeAttribute('style');
  });

  it('wakes the page when the widget is removed while open', async () => {
    document.body.innerHTML = '<main>Shop</main>';
    const { handle, opener } = await openPopup();
    expect(document.querySelector('main')!.inert).toBe(true);
    expect(opener.inert).toBe(true);
    handle.unmount();
    expect(document.querySelector('main')!.inert).toBe(false);
    expect(opener.inert).toBe(false);
    expect(document.activeElement).toBe(opener);
    expect(pageCss()).toBe('');
  });

  it('offers a retry when the program cannot load', async () => {
    const connection = fakeConnection({ program: null });
    connection.stores.$status.set('error');
    const { root } = await openPopup({}, connection);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Something went wrong');
    root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    expect(connection.stores.load).toHaveBeenCalledTimes(2);
  });
});

describe('styling', () => {
  it('maps options to the host: theme, surface and --rujuk-* custom properties', () => {
    const { host } = mountFake({ theme: 'dark', accent: '#fde047', radius: 4, font: 'Georgia, serif' });
    expect(host.getAttribute('data-theme')).toBe('dark');
    expect(host.getAttribute('data-surface')).toBe('popup');
    expect(host.style.getPropertyValue('--rujuk-accent')).toBe('#fde047');
    expect(host.style.getPropertyValue('--rujuk-radius')).toBe('4px');
    expect(host.style.getPropertyValue('--rujuk-font')).toBe('Georgia, serif');
  });

  it('styles with constructable stylesheets (the base sheet, then the view chunk sheet) instead of inline styles', () => {
    const { root } = mountFake({ view: 'share' }, fakeConnection({ view }));
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets.every((sheet) => sheet instanceof CSSStyleSheet)).toBe(true);
    expect(root.querySelector('style')).toBeNull();
    expect(root.querySelector('[style]')).toBeNull();
  });

  it('re-renders with new options on update', async () => {
    const { root, handle, options } = mountFake({ view: 'join' });
    handle.update({ ...options, title: 'Spring promo' });
    await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Spring promo'));
  });
});
