import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Budget } from './budgets.js';
import { checkBudget, measureBudget } from './check.js';
import { measure } from './measure.js';

const code = Buffer.from("export const share = (code) => 'https://shop.example/?ref=' + code;\n".repeat(40));

/** A copy of a build: a loader, a UI module importing a chunk, two views and two locales. */
function build(): string {
  const root = mkdtempSync(join(tmpdir(), 'rujuk-size-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'locales'), { recursive: true });
  writeFileSync(join(dist, 'loader.js'), code);
  writeFileSync(join(dist, 'ui.js'), `import{a}from"./chunk.js";import("./lazy.js");${code}`);
  writeFileSync(join(dist, 'chunk.js'), 'export const a=1;');
  writeFileSync(join(dist, 'lazy.js'), code);
  writeFileSync(join(dist, 'small-view.js'), 'export default 1;');
  writeFileSync(join(dist, 'big-view.js'), `import"./chunk.js";${code}${code.toString().toUpperCase()}`);
  writeFileSync(join(dist, 'locales/en.js'), 'export default {a:"b"};');
  writeFileSync(join(dist, 'locales/ru.js'), 'export default {a:"привет, как дела"};');
  return root;
}

describe('checkBudget', () => {
  it('passes a size at its budget', () => {
    const size = measure(code);
    expect(checkBudget({ name: 'loader', files: ['x.js'], brotli: size.brotli }, size, 'x.js')).toEqual({
      budget: { name: 'loader', files: ['x.js'], brotli: size.brotli },
      size,
    });
  });

  it('fails a size over its budget with a message naming the budget, the files, the figure and the limit', () => {
    const size = { raw: 9000, gzip: 3600, brotli: 3100 };
    const result = checkBudget({ name: '@rujuk/widget loader (IIFE)', files: [], brotli: 3072 }, size, 'dist/w.js');
    expect(result.problem).toBe('over budget by 28 B');
    expect(result.message).toBe(
      '@rujuk/widget loader (IIFE): 3100 B brotli for dist/w.js, over the budget of 3072 B by 28 B',
    );
  });
});

describe('measureBudget', () => {
  it('counts a module with its static imports but not what it imports on demand', async () => {
    const root = build();
    const budget: Budget = { name: 'ui', modules: ['dist/ui.js'], brotli: 100_000 };
    const { size } = await measureBudget(budget, root);
    const ui = `import{a}from"./chunk.js";import("./lazy.js");${code}`;
    expect(size?.raw).toBe(Buffer.byteLength(ui) + 'export const a=1;'.length);
  });

  it('adds the heaviest view of a group, without a file already counted, and the largest locale', async () => {
    const root = build();
    const budget: Budget = {
      name: 'first open',
      files: ['dist/loader.js'],
      modules: ['dist/ui.js'],
      heaviestOf: [['dist/small-view.js', 'dist/big-view.js']],
      largestOf: ['dist/locales/*.js'],
      brotli: 100_000,
    };
    const { size, problem } = await measureBudget(budget, root);
    const alone = (await measureBudget({ ...budget, heaviestOf: undefined, largestOf: undefined }, root)).size!;
    const view = measure(Buffer.from(`import"./chunk.js";${code}${code.toString().toUpperCase()}`));
    const ru = measure(Buffer.from('export default {a:"привет, как дела"};'));
    expect(problem).toBeUndefined();
    expect(size!.brotli).toBe(alone.brotli + view.brotli + ru.brotli);
  });

  it('bundles and minifies an entry from the tests folder, as an app ships it, and names it when over', async () => {
    const root = build();
    mkdirSync(join(root, 'tests'));
    const entry = "export { a } from '../dist/chunk.js';";
    const result = await measureBudget({ name: 'sdk', bundle: entry, brotli: 10 }, root);
    // Minified: the declaration and its export in one statement, whitespace gone.
    expect(result.size!.raw).toBeLessThan('export const a=1;'.length + 10);
    expect(result.message).toMatch(
      /^sdk: \d+ B brotli for the bundle of `export \{ a \} from '..\/dist\/chunk.js';`, over the budget of 10 B/,
    );
  });

  it('fails a budget over its limit, naming every file counted', async () => {
    const root = build();
    const result = await measureBudget({ name: 'loader', files: ['dist/loader.js'], brotli: 10 }, root);
    expect(result.problem).toBe(`over budget by ${measure(code).brotli - 10} B`);
    expect(result.message).toBe(
      `loader: ${measure(code).brotli} B brotli for ${join(root, 'dist/loader.js')}, over the budget of 10 B by ${measure(code).brotli - 10} B`,
    );
  });

  it('fails a budget whose file is missing, naming it and saying to build', async () => {
    const root = build();
    const result = await measureBudget({ name: 'loader', files: ['dist/gone.js'], brotli: 10_000 }, root);
    expect(result.size).toBeUndefined();
    expect(result.problem).toBe(`cannot measure (${join(root, 'dist/gone.js')} is missing: run \`pnpm build\` first)`);
  });

  it('fails a budget whose pattern matches nothing', async () => {
    const root = build();
    const result = await measureBudget({ name: 'locale', largestOf: ['dist/locales/*.mjs'], brotli: 10_000 }, root);
    expect(result.message).toBe(
      `locale: cannot measure: nothing matches ${join(root, 'dist/locales/*.mjs')}: run \`pnpm build\` first`,
    );
  });
});
