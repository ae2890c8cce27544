import { describe, expect, it, vi } from 'vitest';
import { parseTrigger, parseWidgetOptions } from './parse-options.js';

function element(attributes: Record<string, string>): HTMLElement {
  const node = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

describe('parseWidgetOptions', () => {
  it('applies the documented defaults when nothing is set', () => {
    expect(parseWidgetOptions()).toEqual({
      apiUrl: '',
      publishableKey: '',
      token: null,
      identity: null,
      view: null,
      accent: null,
      theme: 'light',
      radius: null,
      font: null,
      position: 'modal',
      trigger: { type: 'click' },
      launcher: false,
      title: null,
      description: null,
      buttonText: null,
      channels: null,
      locale: null,
      variant: null,
      frequency: 'once',
    });
  });

  it('resolves an API path such as /_rujuk on the page origin, as first-party mode serves it', () => {
    expect(parseWidgetOptions(element({ 'data-api': '/_rujuk/' })).apiUrl).toBe(`${location.origin}/_rujuk`);
    // Not a path: left for the client to refuse as it refuses any URL without a scheme.
    expect(parseWidgetOptions(element({ 'data-api': '//api.shop.example' })).apiUrl).toBe('//api.shop.example');
  });

  it('reads the key, the API and every data-rujuk attribute of a script tag', () => {
    const script = element({
      'data-key': 'pk_live_1',
      'data-api': 'https://api.shop.example/',
      'data-rujuk-accent': '#e11d48',
      'data-rujuk-theme': 'dark',
      'data-rujuk-radius': '4',
      'data-rujuk-font': '"Inter", sans-serif',
      'data-rujuk-position': 'bottom-left',
      'data-rujuk-trigger': 'scroll:50%',
      'data-rujuk-launcher': 'Get $10',
      'data-rujuk-title': 'Give 10, get 10',
      'data-rujuk-description': 'Share the love',
      'data-rujuk-button-text': 'Join now',
      'data-rujuk-channels': 'whatsapp, copy,email',
      'data-rujuk-locale': 'id',
      'data-rujuk-variant': 'b',
      'data-rujuk-frequency': 'always',
      'data-rujuk-email': 'anna@example.com',
      'data-rujuk-signature': 'abc123',
    });
    expect(parseWidgetOptions(script)).toMatchObject({
      apiUrl: 'https://api.shop.example',
      publishableKey: 'pk_live_1',
      accent: '#e11d48',
      theme: 'dark',
      radius: '4px',
      font: '"Inter", sans-serif',
      position: 'bottom-left',
      trigger: { type: 'scroll', percent: 50 },
      launcher: 'Get $10',
      title: 'Give 10, get 10',
      description: 'Share the love',
      buttonText: 'Join now',
      channels: ['whatsapp', 'copy', 'email'],
      locale: 'id',
      variant: 'b',
      frequency: 'always',
      identity: { email: 'anna@example.com', signature: 'abc123' },
    });
  });

  it('lets the element override the script tag, and the script tag override code options', () => {
    const script = element({ 'data-rujuk-accent': 'red', 'data-rujuk-theme': 'dark' });
    const embed = element({ 'data-rujuk-accent': 'blue', 'data-rujuk-embed': 'progress' });
    const options = parseWidgetOptions({ accent: 'green', radius: 8, title: 'From code' }, script, embed);
    expect(options).toMatchObject({
      accent: 'blue',
      theme: 'dark',
      radius: '8px',
      title: 'From code',
      view: 'progress',
    });
  });

  it('renders the share view for a bare data-rujuk-embed', () => {
    expect(parseWidgetOptions(element({ 'data-rujuk-embed': '' })).view).toBe('share');
  });

  it('falls back to the default and warns once per invalid value', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const options = parseWidgetOptions({
      theme: 'neon' as 'dark',
      position: 'center' as 'modal',
      channels: 'fax,email',
    });
    expect(options.theme).toBe('light');
    expect(options.position).toBe('modal');
    expect(options.channels).toEqual(['email']);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls[0]![0]).toContain('theme');
    warn.mockRestore();
  });

  it('refuses CSS values that could break out of a custom property', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseWidgetOptions({ accent: 'red; background: url(x)', font: 'a}b' })).toMatchObject({
      accent: null,
      font: null,
    });
    warn.mockRestore();
  });

  it('reads the launcher as a switch or as its text', () => {
    expect(parseWidgetOptions({ launcher: true }).launcher).toBe('');
    expect(parseWidgetOptions(element({ 'data-rujuk-launcher': '' })).launcher).toBe('');
    expect(parseWidgetOptions(element({ 'data-rujuk-launcher': 'false' })).launcher).toBe(false);
    expect(parseWidgetOptions({ launcher: 'Invite' }).launcher).toBe('Invite');
  });
});

describe('parseTrigger', () => {
  it.each([
    ['click', { type: 'click' }],
    ['delay:5', { type: 'delay', seconds: 5 }],
    ['delay:1.5s', { type: 'delay', seconds: 1.5 }],
    ['scroll:40%', { type: 'scroll', percent: 40 }],
    ['scroll:140%', { type: 'scroll', percent: 100 }],
    ['exit-intent', { type: 'exit-intent' }],
    ['after-convert', { type: 'after-convert' }],
  ])('parses %s', (spec, trigger) => {
    expect(parseTrigger(spec)).toEqual(trigger);
  });

  it('treats an unknown trigger as click', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseTrigger('hover')).toEqual({ type: 'click' });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
