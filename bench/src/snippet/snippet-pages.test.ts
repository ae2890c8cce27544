import { describe, expect, it, vi } from 'vitest';
import type { Asset, Site } from '../page/site.js';
import { publishSnippetPages, SIGNUP_FORM, SNIPPET_VARIANTS } from './snippet-pages.js';

// The pages are plain strings: the built snippet only has to exist for a real run.
vi.mock('../contenders/paths.js', () => ({ readBuilt: () => Buffer.from('') }));

const published = () => {
  const assets = new Map<string, Asset>();
  const site: Site = {
    origin: 'http://shop.test:1',
    port: 1,
    set: (path, asset) => assets.set(path, asset),
    close: async () => {},
  };
  publishSnippetPages(site, { url: 'http://api.test:2', publishableKey: 'pk_test_1' });
  return assets;
};

describe('publishSnippetPages', () => {
  it('serves the form landing as the landing page plus a form[data-rujuk] with an email field and a submit button', () => {
    const assets = published();
    const landing = String(assets.get('/snippet/rujuk')!.body);
    const withForm = String(assets.get('/snippet/rujuk-form')!.body);
    expect(withForm).toContain(SIGNUP_FORM);
    expect(SIGNUP_FORM).toMatch(/^<form data-rujuk[ >].*<input type="email".*<button type="submit">/);
    expect(withForm.replace(`${SIGNUP_FORM}\n`, '')).toBe(landing);
  });

  it('puts the form on no other page', () => {
    const pages = [...published()].filter(([path]) => path.startsWith('/snippet/') && path !== '/snippet/rujuk-form');
    expect(pages.length).toBe(5);
    for (const [, page] of pages) expect(String(page.body)).not.toContain('<form');
  });

  it("serves every variant's page", () => {
    const assets = published();
    for (const variant of SNIPPET_VARIANTS) expect(assets.has(variant.path.split('?')[0]!)).toBe(true);
  });
});

describe('SNIPPET_VARIANTS', () => {
  it("counts every file of Rujuk's snippet folder on its rows, and only their own file on the others", () => {
    const counted = Object.fromEntries(SNIPPET_VARIANTS.map((variant) => [variant.id, variant.script]));
    const rujuk = { prefix: '/packages/attribution/dist/rujuk.' };
    expect(counted).toEqual({
      'no-referral': rujuk,
      landing: rujuk,
      'landing-form': rujuk,
      floor: '/c/snippet/floor.js',
      minimal: '/c/snippet/minimal.js',
      deferred: '/c/snippet/deferred.js',
      empty: '/c/snippet/empty.js',
    });
  });

  it('lands the form row with the same referral as the landing row', () => {
    const path = (id: string) => SNIPPET_VARIANTS.find((variant) => variant.id === id)!.path;
    expect(path('landing-form').split('?')[1]).toBe(path('landing').split('?')[1]);
    expect(path('landing-form').split('?')[1]).toBe('ref=ANNA42');
  });
});
