import { describe, expect, it } from 'vitest';
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
