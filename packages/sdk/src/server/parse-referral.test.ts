import { describe, expect, it } from 'vitest';
import { parseReferral } from './parse-referral.js';

describe('parseReferral', () => {
  it.each([
    ['the snippet’s rujuk_ref value', '1.ANNA42.k3jd8s7f6a5s.mi3x0k', { code: 'ANNA42', clickId: 'k3jd8s7f6a5s' }],
    [
      'the snippet’s value, URL-encoded',
      encodeURIComponent('1.ANNA42.k3jd8s7f6a5s.mi3x0k'),
      { code: 'ANNA42', clickId: 'k3jd8s7f6a5s' },
    ],
    ['a bare code', 'ANNA42', { code: 'ANNA42' }],
    ['a code with spaces around it', '  anna42 ', { code: 'anna42' }],
    ['code and click id joined by a dot', 'ANNA42.clk_0123456789', { code: 'ANNA42', clickId: 'clk_0123456789' }],
    [
      'code, click id and capture time',
      'ANNA42~clk_0123456789~1763900000',
      { code: 'ANNA42', clickId: 'clk_0123456789' },
    ],
    [
      'URL-encoded JSON',
      encodeURIComponent('{"code":"ANNA42","clickId":"clk_0123456789"}'),
      { code: 'ANNA42', clickId: 'clk_0123456789' },
    ],
    ['an object', { code: 'ANNA42', clickId: 'clk_0123456789' }, { code: 'ANNA42', clickId: 'clk_0123456789' }],
    ['the click id of a snippet value whose code is malformed', '1.A.k3jd8s7f6a5s.mi3x0k', { clickId: 'k3jd8s7f6a5s' }],
    ['an object with a malformed click id', { code: 'ANNA42', clickId: 'x' }, { code: 'ANNA42' }],
  ])('reads %s', (_name, input, expected) => {
    expect(parseReferral(input)).toEqual(expected);
  });

  it.each([
    ['nothing', undefined],
    ['null (Stripe sends it when the page passed no reference)', null],
    ['an empty string', ''],
    ['a too short code', 'AB'],
    ['a code that starts with a dash', '-ANNA42'],
    ['broken JSON', '{"code":'],
    ['an object with nothing valid', { code: '!!' }],
  ])('drops %s, so the purchase is still recorded unattributed', (_name, input) => {
    expect(parseReferral(input as never)).toBeUndefined();
  });
});
