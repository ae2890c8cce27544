import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, type Dataset } from './configure.js';

// Tests of single modules stand on `configure()`: it must leave the tracker exactly as a started
// snippet is, or they would test a tracker no page runs.
describe('configure', () => {
  afterEach(() => {
    delete (window as { rujuk?: unknown }).rujuk;
  });

  const stateAfter = async (setUp: () => Promise<unknown>) => {
    vi.resetModules();
    await setUp();
    return { ...(await import('../core/state.js')).S };
  };

  it.each<Dataset>([
    {},
    { consent: 'required', attribution: 'first', cookieDomain: 'shop.example', params: 'via', cleanUrl: '' },
    { key: 'pk_live_1', api: 'https://rujuk.shop.example/', consent: 'granted', cookieDays: '7', domains: 'a.example' },
  ])('leaves the tracker as start() does on a page without a query (%o)', async (dataset) => {
    const started = await stateAfter(async () => {
      const { start } = await import('../core/start.js');
      const { parseOptions } = await import('../options/parse-options.js');
      start(parseOptions({ key: 'pk_test', api: 'https://api.example', ...dataset }, location.origin)!);
    });
    expect(await stateAfter(() => configure(dataset))).toEqual(started);
  });
});
