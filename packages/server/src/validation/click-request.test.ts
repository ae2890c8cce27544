import { describe, expect, it } from 'vitest';
import { parseClickRequest } from './click-request.js';

const click = { code: 'anna42', clickId: 'k3J9x0QmZ7bLr2Tq' };

describe('parseClickRequest', () => {
  it('accepts UTM values up to the 256 characters the protocol allows', () => {
    const campaign = 'c'.repeat(256);
    expect(parseClickRequest({ ...click, utm: { campaign } }).utm).toEqual({ campaign });
    expect(() => parseClickRequest({ ...click, utm: { campaign: `${campaign}c` } })).toThrow(/utm\/campaign/);
  });

  it('refuses a NUL character or an unpaired surrogate in the URL, referrer or UTM with the field named', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ url: 'https://shop.example/\u0000' }, '/url'],
      [{ referrer: '\uD800' }, '/referrer'],
      [{ utm: { source: 'news\u0000' } }, '/utm/source'],
    ];
    for (const [extra, path] of cases) {
      expect(() => parseClickRequest({ ...click, ...extra })).toThrow(
        expect.objectContaining({ code: 'invalid_request', errors: [expect.objectContaining({ path })] }),
      );
    }
  });
});
