import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { arrayIdentifiers, exportNames, valueImports } from './read-module.js';

const cdn = join(dirname(fileURLToPath(import.meta.url)), '../../src/cdn');
const source = (file: string) => readFileSync(join(cdn, file), 'utf8');

describe('read-module', () => {
  it('lists the names a module exports, in source order, leaving types out', () => {
    const module = `import { x } from './x.js';
export { a, b as c } from './ab.js';
export type { T } from './t.js';
export { type U, d } from './d.js';
export const e = 1, f = 2;
export function g() {}
const h = 3;
export default h;`;
    expect(exportNames(module)).toEqual(['a', 'c', 'd', 'e', 'f', 'g']);
  });

  it('lists the modules a module takes values from, leaving type-only imports out', () => {
    const module = `import { a } from 'preact';
import type { B } from './b.js';
import './side-effect.js';
export { c } from '../c.js';
export type { D } from './d.js';
export const e = 1;`;
    expect(valueImports(module)).toEqual(['preact', './side-effect.js', '../c.js']);
  });

  it('lists the names of an array literal, through `as const`', () => {
    expect(arrayIdentifiers('export const list = [a, b, c] as const;', 'list')).toEqual(['a', 'b', 'c']);
  });

  it('refuses an array that lists anything but names, or no array at all', () => {
    expect(() => arrayIdentifiers('export const list = [a, b.c];', 'list')).toThrow('something other than a name');
    expect(() => arrayIdentifiers('export const list = make();', 'list')).toThrow('not an array literal');
    expect(() => arrayIdentifiers('export const other = [];', 'list')).toThrow('no list in the module');
  });

  it('reads the loader shares and the view shares from the widget sources', () => {
    expect(arrayIdentifiers(source('loader-shares.ts'), 'loaderShares')).toEqual([
      'adoptStyles',
      'callCommand',
      'hasCommand',
      'emit',
      'importChunk',
      'parseLauncher',
      'parseTrigger',
      'readChoice',
      'readCss',
      'readText',
      'warnInvalid',
      'watchConsent',
    ]);
    expect(valueImports(source('loader-shares.ts'))).toHaveLength(9);
    expect(exportNames(source('view-shares.ts'))).toEqual([
      'Component',
      'Fragment',
      'jsx',
      'jsxs',
      'emit',
      'callCommand',
      'hasCommand',
      'emitError',
      'visitorId',
      'participantOf',
      'WidgetComponent',
      'preloadView',
    ]);
  });

  it("passes nothing of the loader's modules on to the views as a re-exported binding, which a view could read before the loader fills it", () => {
    const fromLoader = new Set(valueImports(source('loader-shares.ts')));
    const reexported = [...source('view-shares.ts').matchAll(/export\s*\{[^}]*\}\s*from\s*'([^']+)'/g)].map(
      (match) => match[1],
    );
    expect(reexported.filter((module) => fromLoader.has(module!))).toEqual([]);
  });
});
