import { describe, expect, it } from 'vitest';
import { SNIPPET_VARIANTS } from './snippet-pages.js';

describe('SNIPPET_VARIANTS', () => {
  it("counts every file of Rujuk's snippet folder on its rows, and only their own file on the others", () => {
    const counted = Object.fromEntries(SNIPPET_VARIANTS.map((variant) => [variant.id, variant.script]));
    const rujuk = { prefix: '/packages/attribution/dist/rujuk.' };
    expect(counted).toEqual({
      'no-referral': rujuk,
      landing: rujuk,
      floor: '/c/snippet/floor.js',
      minimal: '/c/snippet/minimal.js',
      deferred: '/c/snippet/deferred.js',
      empty: '/c/snippet/empty.js',
    });
  });
});
