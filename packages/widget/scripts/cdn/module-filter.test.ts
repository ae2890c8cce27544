import { describe, expect, it } from 'vitest';
import { moduleFilter } from './module-filter.js';

describe('moduleFilter', () => {
  const filter = moduleFilter(['preact', 'preact/jsx-runtime', '../ui/context.js', './take-loader-shares.js']);

  it('matches a package by its exact name and a file of ours from any folder', () => {
    for (const path of [
      'preact',
      'preact/jsx-runtime',
      '../../ui/context.js',
      './context.js',
      './take-loader-shares.js',
    ]) {
      expect(filter.test(path), path).toBe(true);
    }
  });

  it('matches no other package or file, even one whose name ends the same', () => {
    for (const path of ['preact/hooks', 'not-preact', '../ui/my-context.js', './context.ts', 'context.js']) {
      expect(filter.test(path), path).toBe(false);
    }
  });

  it('refuses an empty list, which would match nothing', () => {
    expect(() => moduleFilter([])).toThrow('no modules');
  });
});
