import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, shown } from './paths.js';
import { SizeError } from './size-error.js';

/** One line of `size-budgets.json`: what a browser downloads for one use of a bundle, and its limit. */
export interface Budget {
  /** The line's name in `pnpm size`, starting with the package's name. */
  name: string;
  /** The most brotli bytes allowed; more fails. */
  brotli: number;
  /** The goal below the budget not reached yet: its distance is printed, never failing. */
  target?: number;
  /** Built files counted as they are, relative to the repository root. */
  files?: string[];
  /** Built modules counted with everything they import statically. */
  modules?: string[];
  /** Groups of modules of which a browser fetches one: the heaviest static graph of each is counted. */
  heaviestOf?: string[][];
  /** Patterns (`dir/*.js`) of which a browser fetches one file: the largest is counted. */
  largestOf?: string[];
  /** An entry bundled and minified from the tests workspace, as an app would ship it. */
  bundle?: string;
}

/** Where the budgets live. */
export const budgetsFile = join(repoRoot, 'size-budgets.json');

const strings = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Why a budget line is unusable, or undefined when it is well formed. */
function flaw(entry: Record<string, unknown>): string | undefined {
  if (typeof entry.name !== 'string' || !entry.name) return 'has no name';
  if (!Number.isInteger(entry.brotli) || (entry.brotli as number) <= 0) return 'needs a whole number of brotli bytes';
  if (entry.target !== undefined && !Number.isInteger(entry.target)) return 'has a target that is not a whole number';
  for (const key of ['files', 'modules', 'largestOf'] as const)
    if (entry[key] !== undefined && !strings(entry[key])) return `has a ${key} that is not a list of paths`;
  if (entry.heaviestOf !== undefined && !(Array.isArray(entry.heaviestOf) && entry.heaviestOf.every(strings)))
    return 'has a heaviestOf that is not a list of lists of paths';
  if (entry.bundle !== undefined && typeof entry.bundle !== 'string') return 'has a bundle that is not a source';
  if (!['files', 'modules', 'heaviestOf', 'largestOf', 'bundle'].some((key) => entry[key] !== undefined))
    return 'counts nothing: give it files, modules, heaviestOf, largestOf or bundle';
}

/** Reads and checks the budgets; a malformed file or line is a `bad_budgets` error naming it. */
export function readBudgets(file = budgetsFile): Budget[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SizeError('bad_budgets', `${shown(file)} cannot be read as JSON: ${(error as Error).message}`);
  }
  const budgets = (parsed as { budgets?: unknown } | null)?.budgets;
  if (!Array.isArray(budgets)) throw new SizeError('bad_budgets', `${shown(file)} has no "budgets" list`);
  budgets.forEach((entry, index) => {
    const problem = entry && typeof entry === 'object' ? flaw(entry) : 'is not an object';
    if (problem)
      throw new SizeError(
        'bad_budgets',
        `${shown(file)}: budget ${index + 1} (${entry?.name ?? 'unnamed'}) ${problem}`,
      );
  });
  return budgets as Budget[];
}

/** The budget of that name, for a script that checks one line of the file. */
export function budgetNamed(budgets: readonly Budget[], name: string): Budget {
  const budget = budgets.find((entry) => entry.name === name);
  if (!budget) throw new SizeError('unknown_budget', `size-budgets.json has no budget named "${name}"`);
  return budget;
}
