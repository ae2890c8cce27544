import { describe, expect, it } from 'vitest';
import { CODE, ID } from '../patterns/patterns.js';
import { decodeReferral, encodeReferral } from './referral-codec.js';

describe('referral codec', () => {
  it('round-trips a referral through a URL-safe, versioned value', () => {
    const referral = { code: 'ANNA42', clickId: 'k3j4h5g6f7d8s9a0', capturedAt: 1_790_000_000_000 };
    const value = encodeReferral(referral);
    expect(value).toMatch(/^1\.ANNA42\.k3j4h5g6f7d8s9a0\.[a-z0-9]+$/);
    expect(encodeURIComponent(value)).toBe(value);
    expect(decodeReferral(value)).toEqual(referral);
  });

  it('upper-cases the code it decodes', () => {
    expect(decodeReferral('1.anna42.abcdefgh.1')?.code).toBe('ANNA42');
  });

  it.each([
    ['nothing', undefined],
    ['an empty value', ''],
    ['another version', '2.ANNA42.abcdefgh.1'],
    ['a missing part', '1.ANNA42.abcdefgh'],
    ['an extra part', '1.ANNA42.abcdefgh.1.x'],
    ['a code that is too short', '1.AB.abcdefgh.1'],
    ['a click id that is too short', '1.ANNA42.abc.1'],
    ['markup', '1.<script>.abcdefgh.1'],
    ['a foreign cookie', 'GA1.2.1234.5678'],
    ['the string "1" alone', '1'],
  ])('ignores %s', (_, value) => {
    expect(decodeReferral(value)).toBeNull();
  });
});

describe('the referral value', () => {
  const codes = ['ANNA42', 'anna-42_x', 'AB', 'A'.repeat(32), 'A'.repeat(33), '-ANNA', 'ANNA 42', 'ÄNNA42', 'AN.NA'];
  const ids = ['k3j4h5g6', 'a_b-c-d-e', 'short', 'x'.repeat(64), 'x'.repeat(65), 'has.dot1', 'ünïcödé1'];

  it('takes a code and a click id exactly when CODE and ID accept them', () => {
    for (const code of codes) {
      for (const clickId of ids) {
        const decoded = decodeReferral(`1.${code}.${clickId}.mi3x0k`);
        expect(decoded !== null, `${code} ${clickId}`).toBe(CODE.test(code) && ID.test(clickId));
      }
    }
  });
});
