import { describe, expect, it } from 'vitest';
import { benchPage } from './bench-page.js';
import type { PageContender } from './page-contenders.js';

const contender = (extra: Partial<PageContender>): PageContender => ({
  id: 'x',
  name: 'x',
  kind: 'anchor',
  scripts: [],
  assets: async () => ({}),
  ...extra,
});

const body = (html: string) => html.slice(html.indexOf('<body>'));

describe('benchPage', () => {
  it('gives every contender the same page, differing only in its install', () => {
    const baseline = benchPage(contender({}));
    const other = benchPage(
      contender({ scripts: [{ src: '/c/x/x.js', attributes: { 'data-key': 'pk_1', init: '' } }] }),
    );
    expect(other.replace('<script src="/c/x/x.js" data-key="pk_1" init></script>', '')).toBe(baseline);
  });

  it("adds a contender's body markup at the end of <main>, and nothing to a page without it", () => {
    const form = '<form data-rujuk><input type="email" name="email"><button>Sign up</button></form>';
    const baseline = benchPage(contender({}));
    const html = benchPage(contender({ body: form }));
    expect(html.indexOf(form)).toBeGreaterThan(html.indexOf('data-rujuk-open'));
    expect(html.indexOf(form)).toBeLessThan(html.indexOf('</main>'));
    expect(html.replace(`${form}\n`, '')).toBe(baseline);
    expect(baseline).not.toContain('<form');
  });

  it('leaves the capture probe out of page-cost pages, so its polling never counts as the cost of the contender', () => {
    expect(benchPage(contender({ install: 'go();', probe: 'ready()' }))).not.toContain('ready()');
  });

  it('runs the install call and then the capture probe after the script on capture pages', () => {
    const html = body(
      benchPage(contender({ scripts: [{ src: '/s.js' }], install: 'go();', probe: 'ready()' }), { probe: true }),
    );
    const script = html.indexOf('/s.js');
    const install = html.indexOf('go();');
    const probe = html.indexOf('ready()');
    expect(script).toBeGreaterThan(0);
    expect(install).toBeGreaterThan(script);
    expect(probe).toBeGreaterThan(install);
  });

  it('escapes attribute values so a key cannot break out of the tag', () => {
    const html = benchPage(contender({ scripts: [{ src: '/s.js', attributes: { 'data-api': 'x"><b>' } }] }));
    expect(html).toContain('data-api="x&quot;>&lt;b>"');
  });
});
