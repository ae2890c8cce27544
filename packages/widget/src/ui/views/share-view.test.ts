import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLocale } from '../../i18n/load-locale.js';
import { LOCALES } from '../../i18n/resolve-locale.js';
import { fakeConnection, mountFake, program, view } from '../../test-support/fixtures.js';

const clipboard = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(navigator), 'clipboard')!;
function stubClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

afterEach(() => {
  document.body.innerHTML = '';
  delete (navigator as { clipboard?: unknown }).clipboard;
  Object.defineProperty(Object.getPrototypeOf(navigator), 'clipboard', clipboard);
});

function mountShare(options = {}) {
  return mountFake({ view: 'share', ...options }, fakeConnection({ view }));
}

describe('the share view', () => {
  it('shows the link and the channels in the program order, without SMS on desktop', () => {
    const { root } = mountShare();
    expect(root.querySelector<HTMLInputElement>('#rj-link')!.value).toBe('https://shop.example/?ref=ANNA42');
    const channels = Array.from(root.querySelectorAll('[part~="channel"]'), (node) => node.textContent);
    expect(channels).toEqual(['Email', 'WhatsApp', 'Telegram', 'X', 'Facebook', 'LinkedIn', 'Reddit', 'QR code']);
  });

  it('follows data-rujuk-channels order and filters', () => {
    const { root } = mountShare({ channels: 'x,email' });
    expect(Array.from(root.querySelectorAll('[part~="channel"]'), (node) => node.textContent)).toEqual(['X', 'Email']);
  });

  it('labels brand links with what they do and opens web links in a new tab', () => {
    const { root } = mountShare();
    const whatsapp = root.querySelector<HTMLAnchorElement>('[part~="channel-whatsapp"]')!;
    expect(whatsapp.getAttribute('aria-label')).toBe('Share on WhatsApp');
    expect(whatsapp.target).toBe('_blank');
    expect(whatsapp.rel).toBe('noopener noreferrer');
    expect(root.querySelector<HTMLAnchorElement>('[part~="channel-email"]')!.getAttribute('target')).toBeNull();
  });

  it('copies the link, confirms it visibly and emits rujuk:share', async () => {
    const writeText = vi.fn(async () => {});
    stubClipboard({ writeText });
    const shares: unknown[] = [];
    const listener = (event: Event) => shares.push((event as CustomEvent).detail);
    window.addEventListener('rujuk:share', listener);
    const { root } = mountShare({ variant: 'b' });
    root.querySelector<HTMLButtonElement>('[part~="copy"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Copied!'));
    expect(writeText).toHaveBeenCalledWith('https://shop.example/?ref=ANNA42');
    expect(shares).toEqual([{ channel: 'copy', variant: 'b', code: 'ANNA42' }]);
    window.removeEventListener('rujuk:share', listener);
  });

  it('pushes shares to dataLayer when the page has one', () => {
    const layer: unknown[] = [];
    (window as { dataLayer?: unknown[] }).dataLayer = layer;
    const { root } = mountShare();
    // Stay on the page: the test is about the event, not the navigation.
    root.addEventListener('click', (event) => event.preventDefault());
    root.querySelector<HTMLAnchorElement>('[part~="channel-x"]')!.click();
    expect(layer).toEqual([{ event: 'rujuk:share', channel: 'x', variant: null, code: 'ANNA42' }]);
    delete (window as { dataLayer?: unknown }).dataLayer;
  });

  it('falls back to selecting the link when the clipboard is unavailable', async () => {
    stubClipboard(undefined);
    const select = vi.spyOn(HTMLInputElement.prototype, 'select');
    const { root } = mountShare();
    root.querySelector<HTMLButtonElement>('[part~="copy"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).not.toBe(''));
    // The link field itself is selected, for execCommand('copy') or for the visitor to copy by hand.
    expect(select.mock.contexts.map((field) => (field as HTMLInputElement).id)).toContain('rj-link');
    select.mockRestore();
  });

  it('renders a QR code of the link on demand', async () => {
    const { root } = mountShare();
    const button = root.querySelector<HTMLButtonElement>('[part~="channel-qr"]')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    await vi.waitFor(() => expect(root.querySelector('svg[part="qr"] path')?.getAttribute('d')).toMatch(/^M\d/));
    expect(root.querySelector('svg[part="qr"]')!.getAttribute('aria-label')).toBe('QR code');
    // The QR chunk brings its own look, so the share view's styles need not carry it.
    expect((root.querySelector('svg[part="qr"]') as SVGSVGElement).style.width).toBe('180px');
  });

  it('signs out with "Use another email" and goes back to the join form', async () => {
    const { root, connection } = mountShare();
    root.querySelector<HTMLButtonElement>('[part="link"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('#rj-email')).not.toBeNull());
    expect(connection.stores.logout).toHaveBeenCalled();
  });
});

describe('share messages without a name', () => {
  // Templates as shops write them: the name opening the subject, inside a sentence, beside the code.
  const share = {
    ...program.share,
    message: 'I love Demo Shop! Get 20% off from {{name}}: {{shareUrl}}',
    subject: '{{name}} sent you 20% off at Demo Shop',
    templates: {
      x: '{{name}} and Demo Shop: 20% off with {{code}} {{shareUrl}}',
      telegram: 'Hi! {{name}} sent you this',
    },
  };
  const channels = ['email', 'whatsapp', 'telegram', 'x', 'reddit'] as const;

  /** Every text the share links carry, decoded: the email's subject and body, each channel's message. */
  function sharedTexts(root: ShadowRoot): string[] {
    return channels.flatMap((channel) => {
      const link = new URL(root.querySelector<HTMLAnchorElement>(`[part~="channel-${channel}"]`)!.href);
      return ['subject', 'body', 'text', 'title'].flatMap((key) => link.searchParams.get(key) ?? []);
    });
  }

  for (const locale of LOCALES) {
    it(`says "a friend" in ${locale} for a missing name, leaving no empty slot, double space or subjectless "sent you"`, async () => {
      const { messages } = await loadLocale(locale);
      const fallback = messages.friend.charAt(0).toUpperCase() + messages.friend.slice(1);
      expect(messages.friend, 'a translation, not the English words').toEqual(
        locale === 'en' ? 'a friend' : expect.not.stringMatching(/friend/i),
      );
      for (const name of [null, '', '  ', 'Anna Lee']) {
        const connection = fakeConnection({
          program: { ...program, share },
          view: { ...view, participant: { ...view.participant, name } },
        });
        const { root, handle } = mountFake({ view: 'share', locale, channels: channels.join(',') }, connection);
        await vi.waitFor(() => expect(root.querySelector('[part~="channel-email"]')).not.toBeNull());
        const texts = sharedTexts(root);
        expect(texts).toHaveLength(6);
        for (const text of texts) {
          expect(text, text).not.toMatch(/\{\{|\}\}|\s{2}|(^|[.!?:]\s*)sent you/);
        }
        const subject = texts[0]!;
        expect(subject).toBe(`${name?.trim() || fallback} sent you 20% off at Demo Shop`);
        expect(texts[1]).toContain(`from ${name?.trim() || messages.friend}: https://shop.example/?ref=ANNA42`);
        handle.unmount();
      }
    });
  }
});
