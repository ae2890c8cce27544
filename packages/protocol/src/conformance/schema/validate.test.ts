import { describe, expect, test } from 'vitest';
import { schemaErrors } from './document-schemas.js';

const click = {
  id: 'clk_1',
  clickId: 'abcdefgh',
  code: 'ANNA42',
  url: null,
  referrer: null,
  utm: {},
  flagged: false,
  flagReason: null,
  createdAt: '2026-11-23T10:00:00.000Z',
};

describe('validating answers against the document schemas', () => {
  test('a conforming click has no errors', () => {
    expect(schemaErrors({ click, duplicate: false }, 'ClickResponse')).toEqual([]);
  });

  test('a missing field, a wrong type, a bad enum and a bad date are each reported at their path', () => {
    const { flagged: _, ...withoutFlagged } = click;
    const errors = schemaErrors(
      { click: { ...withoutFlagged, url: 3, flagReason: 'spam', createdAt: 'yesterday' }, duplicate: 'no' },
      'ClickResponse',
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        '/click/flagged: is required',
        '/click/url: expected string or null, got integer',
        expect.stringMatching(/^\/click\/flagReason: /),
        expect.stringMatching(/^\/click\/createdAt: "yesterday" is not a date-time/),
        '/duplicate: expected boolean, got string',
      ]),
    );
  });

  test('patterns, integer bounds and additional-property schemas are enforced', () => {
    const errors = schemaErrors(
      { event: 'Bad Event', idempotencyKey: 'k', amount: 1.5, metadata: { nested: { a: 1 } } },
      'ConversionRequest',
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/event: "Bad Event" does not match/),
        '/amount: expected integer, got number',
        expect.stringMatching(/^\/metadata\/nested: expected string or number or boolean or null/),
      ]),
    );
  });

  test('keywords beyond the common core are enforced too: dependentRequired, maxProperties, propertyNames', () => {
    const metadata = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`key${i}`, i]));
    const errors = schemaErrors(
      { event: 'purchase', idempotencyKey: 'order:1', amount: 100, metadata },
      'ConversionRequest',
    );
    expect(errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/: .*currency/), expect.stringMatching(/^\/metadata: .*20/)]),
    );
    const longName = schemaErrors(
      { event: 'purchase', idempotencyKey: 'order:1', metadata: { ['k'.repeat(41)]: 1 } },
      'ConversionRequest',
    );
    expect(longName).toEqual(expect.arrayContaining([expect.stringMatching(/^\/metadata: /)]));
  });

  test('a conforming conversion request with amount and currency together has no errors', () => {
    expect(
      schemaErrors({ event: 'purchase', idempotencyKey: 'order:1', amount: 100, currency: 'USD' }, 'ConversionRequest'),
    ).toEqual([]);
  });
});
