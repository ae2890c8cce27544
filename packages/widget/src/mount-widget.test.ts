import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWidget } from './index.js';

// mountWidget builds a real @rujuk/sdk client; answer its requests like a backend that is down,
// which is enough to check what the widget puts on the page.
vi.stubGlobal(
  'fetch',
  vi.fn(async () => new Response(JSON.stringify({ code: 'internal_error' }), { status: 500 })),
);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('mountWidget', () => {
  it('renders a popup host with a launcher and opens on the launcher', async () => {
    const element = document.createElement('div');
    document.body.append(element);
    const widget = mountWidget(element, { apiUrl: 'http://api.test', publishableKey: 'pk_test', launcher: 'Get $10' });
    const launcher = document.querySelector('[data-rujuk-launcher-host]')!;
    const button = launcher.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('Get $10');
    button.click();
    await vi.waitFor(() => expect(element.shadowRoot!.querySelector('[role="dialog"]')).not.toBeNull());
    widget.close();
    await vi.waitFor(() => expect(element.shadowRoot!.querySelector('[role="dialog"]')).toBeNull());
    widget.unmount();
    expect(document.querySelector('[data-rujuk-launcher-host]')).toBeNull();
  });

  it('gives the launcher and an embed the language of their locale, and custom launcher text that of the page', async () => {
    const element = document.createElement('div');
    document.body.append(element);
    const widget = mountWidget(element, {
      apiUrl: 'http://api.test',
      publishableKey: 'pk_test',
      locale: 'de',
      launcher: true,
    });
    const button = document.querySelector('[data-rujuk-launcher-host]')!.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('Freunde einladen');
    expect(button.lang).toBe('de');
    widget.update({ launcher: 'Get $10' });
    expect(button.hasAttribute('lang')).toBe(false);
    widget.unmount();
    const embed = document.createElement('div');
    document.body.append(embed);
    mountWidget(embed, { apiUrl: 'http://api.test', publishableKey: 'pk_test', locale: 'ja', view: 'join' });
    await vi.waitFor(() => expect(embed.shadowRoot!.querySelector('[part="embed"]')?.getAttribute('lang')).toBe('ja'));
  });

  it('re-renders live when a data-rujuk attribute changes', async () => {
    const element = document.createElement('div');
    element.setAttribute('data-rujuk-theme', 'light');
    document.body.append(element);
    mountWidget(element, { apiUrl: 'http://api.test', publishableKey: 'pk_test', view: 'join' });
    expect(element.getAttribute('data-theme')).toBe('light');
    element.setAttribute('data-rujuk-theme', 'dark');
    element.setAttribute('data-rujuk-accent', '#0f766e');
    await vi.waitFor(() => expect(element.getAttribute('data-theme')).toBe('dark'));
    expect(element.style.getPropertyValue('--rujuk-accent')).toBe('#0f766e');
  });

  it('lets element attributes win over code options', () => {
    const element = document.createElement('div');
    element.setAttribute('data-rujuk-theme', 'dark');
    document.body.append(element);
    mountWidget(element, { apiUrl: 'http://api.test', publishableKey: 'pk_test', theme: 'light', view: 'share' });
    expect(element.getAttribute('data-theme')).toBe('dark');
    expect(element.getAttribute('data-surface')).toBe('embed');
  });

  it('refuses an accent attribute that could break out of its custom property, on the widget and its launcher', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = document.createElement('div');
    element.setAttribute('data-rujuk-accent', 'red; background: url(x)');
    element.setAttribute('data-rujuk-launcher', '');
    document.body.append(element);
    mountWidget(element, { apiUrl: 'http://api.test', publishableKey: 'pk_test', accent: '#0f766e' });
    expect(warn).toHaveBeenCalledWith('[rujuk] ignoring invalid accent: "red; background: url(x)"');
    expect(element.style.getPropertyValue('--rujuk-accent')).toBe('');
    const launcher = document.querySelector<HTMLElement>('[data-rujuk-launcher-host]')!;
    expect(launcher.style.getPropertyValue('--rujuk-accent')).toBe('');
    warn.mockRestore();
  });
});
