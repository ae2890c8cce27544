import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.js';

describe('parseOptions', () => {
  it('runs every section with at least 20 page loads and popup opens by default', () => {
    expect(parseOptions([])).toMatchObject({
      quick: false,
      runs: 20,
      opens: 20,
      only: ['sizes', 'page', 'snippet', 'widget', 'backend', 'first-party'],
      out: 'results/latest.json',
    });
  });

  it('keeps runs of some sections only out of the tracked results file', () => {
    expect(parseOptions(['--only', 'backend']).out).toBe('results/partial.tmp.json');
    expect(parseOptions(['--only', 'backend', '--out', 'x.json']).out).toBe('x.json');
  });

  it('keeps quick runs small and out of the tracked results file', () => {
    const options = parseOptions(['--', '--quick']);
    expect(options.runs).toBeLessThan(20);
    expect(options.out).toBe('results/quick.tmp.json');
  });

  it('lets explicit counts override the quick defaults and keeps sections in print order', () => {
    expect(parseOptions(['--quick', '--runs', '7', '--only', 'backend,sizes'])).toMatchObject({
      runs: 7,
      only: ['sizes', 'backend'],
    });
  });

  it('refuses unknown flags, unknown sections and counts that are not positive whole numbers', () => {
    expect(() => parseOptions(['--fast'])).toThrow(/unknown argument --fast/);
    expect(() => parseOptions(['--only', 'sizes,gpu'])).toThrow(/--only takes sections/);
    expect(() => parseOptions(['--runs', '0'])).toThrow(/--runs needs a whole number/);
  });
});
