import { join } from 'node:path';
import type { Budget } from './budgets.js';
import { bundleEntry } from './bundle.js';
import { readBuilt, repoRoot, shown } from './paths.js';
import { heaviestOf, largestOf } from './pick.js';
import { withStaticImports } from './static-imports.js';

/** What one budget counts: each download's bytes, and the files they came from for messages. */
export interface Downloads {
  /** The downloads, each compressed on its own when measured. */
  buffers: Buffer[];
  /** What was counted, as a person reads it: the files, or the entry that was bundled. */
  counted: string;
}

/**
 * Gathers what a browser downloads for a budget, with built files read under `root` (the repository,
 * or a copy of its builds): its files, its modules with their static imports, the heaviest graph of
 * each `heaviestOf` group, the largest file of each `largestOf` pattern, or its bundled entry.
 */
export async function downloadsOf(budget: Budget, root = repoRoot): Promise<Downloads> {
  if (budget.bundle !== undefined)
    return {
      buffers: [await bundleEntry(budget.bundle, join(root, 'tests'))],
      counted: `the bundle of \`${budget.bundle}\``,
    };
  const files = new Set<string>();
  for (const file of budget.files ?? []) files.add(join(root, file));
  for (const file of budget.modules ?? []) withStaticImports(join(root, file), files);
  for (const group of budget.heaviestOf ?? [])
    for (const file of heaviestOf(
      group.map((module) => join(root, module)),
      files,
    ))
      files.add(file);
  const all = [...files, ...(budget.largestOf ?? []).map((pattern) => largestOf(join(root, pattern)))];
  return { buffers: all.map(readBuilt), counted: all.map(shown).join(' + ') };
}
