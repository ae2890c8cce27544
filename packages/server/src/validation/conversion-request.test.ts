import { describe, expect, it } from 'vitest';
import { parseConversionRequest } from './conversion-request.js';

const conversion = { event: 'purchase', idempotencyKey: 'order:1' };

describe('parseConversionRequest', () => {
  it('keeps a metadata key named __proto__ as data instead of dropping it', () => {
    const body = JSON.parse('{"event":"purchase","idempotencyKey":"k","metadata":{"__proto__":"x","plan":"pro"}}');
    const { metadata } = parseConversionRequest(body);
    expect(Object.keys(metadata!)).toEqual(['__proto__', 'plan']);
    expect(JSON.stringify(metadata)).toBe('{"__proto__":"x","plan":"pro"}');
  });

  it('refuses NUL characters and unpaired surrogates in metadata keys and values and in the order id', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ metadata: { 'a\u0000': 1 } }, '/metadata/a\u0000'],
      [{ metadata: { note: '\uDBFF' } }, '/metadata/note'],
      [{ orderId: '10\u000042' }, '/orderId'],
      [{ customer: { externalId: '\uDC00' } }, '/customer/externalId'],
    ];
    for (const [extra, path] of cases) {
      expect(() => parseConversionRequest({ ...conversion, ...extra })).toThrow(
        expect.objectContaining({ code: 'invalid_request', errors: [expect.objectContaining({ path })] }),
      );
    }
  });

  it('refuses a currency that is three capitals but no ISO 4217 code, and takes any code that is one', () => {
    for (const currency of ['XYZ', 'ABC', 'EUX']) {
      expect(() => parseConversionRequest({ ...conversion, amount: 100, currency })).toThrow(
        expect.objectContaining({ errors: [expect.objectContaining({ path: '/currency' })] }),
      );
    }
    for (const currency of ['USD', 'IDR', 'XAU', 'CHF', 'ZWG']) {
      expect(parseConversionRequest({ ...conversion, amount: 100, currency }).currency).toBe(currency);
    }
  });
});
