import { describe, expect, it } from 'vitest';
import { parseOptions } from './parse-options.js';

describe('parseOptions', () => {
  it('returns nothing without a key, since nothing could be reported', () => {
    expect(parseOptions({}, 'https://api.example')).toBeUndefined();
    expect(parseOptions({ key: '' }, 'https://api.example')).toBeUndefined();
  });

  it('applies the documented defaults', () => {
    const config = parseOptions({ key: 'pk_test' }, 'https://cdn.example/')!;
    expect(config._api).toBe('https://cdn.example');
    expect(config._params).toEqual(['ref', 'via']);
    expect(config._age).toBe(90 * 86400);
    expect(config._first).toBe(false);
    expect(config._required).toBe(false);
    expect(config._clean).toBe(false);
    expect(config._domains).toEqual([]);
  });

  it('reads script-tag data attributes, which are all strings', () => {
    const config = parseOptions(
      {
        key: 'pk_test',
        api: 'https://rujuk.shop.example/',
        params: 'Ref, invite',
        cookieDays: '30',
        cookieDomain: 'shop.example',
        attribution: 'first',
        consent: 'required',
        cleanUrl: '',
        domains: 'Blog.example shop.example',
      },
      'https://cdn.example',
    )!;
    expect(config).toMatchObject({
      _key: 'pk_test',
      _api: 'https://rujuk.shop.example',
      _params: ['ref', 'invite'],
      _age: 30 * 86400,
      _domain: 'shop.example',
      _first: true,
      _required: true,
      _clean: true,
      _domains: ['blog.example', 'shop.example'],
    });
  });

  it('reads init() options with arrays, numbers and booleans the same way', () => {
    const config = parseOptions(
      { key: 'pk_test', params: ['via'], cookieDays: 7, cleanUrl: true, domains: ['a.example', 'b.example'] },
      'https://x.example',
    )!;
    expect(config._params).toEqual(['via']);
    expect(config._age).toBe(7 * 86400);
    expect(config._clean).toBe(true);
    expect(config._domains).toEqual(['a.example', 'b.example']);
  });

  it('treats cleanUrl "false" and false as off', () => {
    expect(parseOptions({ key: 'k', cleanUrl: 'false' }, '')!._clean).toBe(false);
    expect(parseOptions({ key: 'k', cleanUrl: false }, '')!._clean).toBe(false);
  });

  it('falls back to 90 days for a bad lifetime and caps it at 400 days', () => {
    expect(parseOptions({ key: 'k', cookieDays: 'soon' }, '')!._age).toBe(90 * 86400);
    expect(parseOptions({ key: 'k', cookieDays: -3 }, '')!._age).toBe(90 * 86400);
    expect(parseOptions({ key: 'k', cookieDays: 9999 }, '')!._age).toBe(400 * 86400);
  });
});
