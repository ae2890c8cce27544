import { describe, expect, it } from 'vitest';
import { readUrl } from './read-url.js';

const read = (query: string, params = ['ref', 'via']) => readUrl(new URLSearchParams(query), params);

describe('readUrl', () => {
  it('captures a valid code in canonical upper case with a fresh click id', () => {
    const [found, names] = read('?ref=anna42&utm_source=x');
    expect(found).toMatchObject({ code: 'ANNA42' });
    expect(found!.clickId).toMatch(/^[\w-]{8,64}$/);
    expect(found!.capturedAt).toBeGreaterThan(0);
    expect(names).toEqual(['ref']);
  });

  it('matches parameter names case-insensitively', () => {
    expect(read('?VIA=anna42')[0]?.code).toBe('ANNA42');
  });

  it('takes the first valid code in the URL', () => {
    expect(read('?via=FIRST1&ref=SECOND2')[0]?.code).toBe('FIRST1');
    expect(read('?ref=<b>&via=GOOD42')[0]?.code).toBe('GOOD42');
  });

  it.each([
    ['markup', '<script>alert(1)</script>'],
    ['a 10 KB value', 'A'.repeat(10_240)],
    ['a code that is too short', 'ab'],
    ['a code that starts with a dash', '-anna42'],
    ['spaces', 'anna 42'],
  ])('ignores %s', (_, value) => {
    const [found, names] = read('?ref=' + encodeURIComponent(value));
    expect(found).toBeFalsy();
    expect(names).toEqual(['ref']);
  });

  it('ignores parameters that are not configured', () => {
    expect(read('?code=ANNA42')[0]).toBeFalsy();
    expect(read('?invite=ANNA42', ['invite'])[0]?.code).toBe('ANNA42');
  });

  it('keeps the click id of a referral handed over from a sister domain', () => {
    const [found, names] = read('?rujuk_ref=1.ANNA42.handoff1234.abc');
    expect(found).toEqual({ code: 'ANNA42', clickId: 'handoff1234', capturedAt: parseInt('abc', 36) });
    expect(names).toEqual(['rujuk_ref']);
  });
});
