import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetNamed, readBudgets } from './budgets.js';

const file = (contents: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'rujuk-size-')), 'size-budgets.json');
  writeFileSync(path, contents);
  return path;
};

describe('readBudgets', () => {
  it("reads the repository's budgets, each with a name, a brotli limit and something to count", () => {
    const budgets = readBudgets();
    expect(budgets.length).toBeGreaterThan(0);
    expect(budgetNamed(budgets, '@rujuk/widget loader (IIFE)')).toMatchObject({
      files: ['packages/widget/dist/widget.global.js'],
    });
  });

  it('refuses a file that is not JSON, naming it', () => {
    const path = file('{ budgets: [');
    expect(() => readBudgets(path)).toThrow(expect.objectContaining({ code: 'bad_budgets' }));
    expect(() => readBudgets(path)).toThrow(`${path} cannot be read as JSON`);
  });

  it('refuses a budget without a whole brotli limit, naming its place and name', () => {
    const path = file(JSON.stringify({ budgets: [{ name: 'loader', files: ['a.js'], brotli: '3 KB' }] }));
    expect(() => readBudgets(path)).toThrow(`${path}: budget 1 (loader) needs a whole number of brotli bytes`);
  });

  it('refuses a budget that counts nothing', () => {
    const path = file(JSON.stringify({ budgets: [{ name: 'loader', brotli: 3072 }] }));
    expect(() => readBudgets(path)).toThrow('budget 1 (loader) counts nothing');
  });
});

describe('budgetNamed', () => {
  it('names the budget it cannot find', () => {
    expect(() => budgetNamed([], '@rujuk/nothing')).toThrow(
      expect.objectContaining({
        code: 'unknown_budget',
        message: 'size-budgets.json has no budget named "@rujuk/nothing"',
      }),
    );
  });
});
