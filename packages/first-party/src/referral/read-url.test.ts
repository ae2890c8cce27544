import { decodeReferral, encodeReferral } from '@rujuk/contract';
import { describe, expect, it } from 'vitest';
import { readUrl, readUtm } from './read-url.js';

const read = (query: string, params = ['ref', 'via']) => readUrl(new URLSearchParams(query), params);

describe('readUrl', () => {
  it('captures a valid code in canonical upper case with a fresh click id', () => {
    const found = read('?ref=anna42&utm_source=x');
    expect(found).toMatchObject({ code: 'ANNA42' });
    expect(found!.clickId).toMatch(/^[a-z\d]{16}$/);
  });

  it('matches names case-insensitively and takes the first valid code', () => {
    expect(read('?VIA=anna42')?.code).toBe('ANNA42');
    expect(read('?ref=<b>&via=GOOD42')?.code).toBe('GOOD42');
  });

  it.each(['<script>', 'A'.repeat(10_240), 'ab', '-anna42', 'anna 42'])('ignores the code %s', (value) => {
    expect(read(`?ref=${encodeURIComponent(value)}`)).toBeNull();
  });

  it('keeps the click id of a referral handed over from a sister domain', () => {
    expect(read('?rujuk_ref=1.ANNA42.handoff1234.abc')).toEqual({
      code: 'ANNA42',
      clickId: 'handoff1234',
      capturedAt: Number.parseInt('abc', 36),
    });
  });
});

describe('the referral codec', () => {
  it('writes the snippet format, 1.CODE.CLICKID.TIME36, and reads it back', () => {
    const referral = { code: 'ANNA42', clickId: 'k3j4h5g6f7d8s9a0', capturedAt: 1_790_000_000_000 };
    expect(encodeReferral(referral)).toMatch(/^1\.ANNA42\.k3j4h5g6f7d8s9a0\.[a-z\d]+$/);
    expect(decodeReferral(encodeReferral(referral))).toEqual(referral);
    expect(decodeReferral('GA1.2.1234.5678')).toBeNull();
  });
});

describe('readUtm', () => {
  it('cuts values at 200 characters without leaving half an emoji', () => {
    expect(readUtm(new URLSearchParams(`utm_source=${'a'.repeat(199)}😀&x=1`))).toEqual({ source: 'a'.repeat(199) });
  });
});
