import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { measureFiles } from './measure.js';
import { shown } from './paths.js';
import { SizeError } from './size-error.js';
import { withStaticImports } from './static-imports.js';

const brotliOf = (files: readonly string[]): number => measureFiles(files).brotli;

/** The files matching `dir/*suffix` (one `*`, in the file name), for budgets that count "one of these". */
export function filesMatching(pattern: string): string[] {
  const dir = dirname(pattern);
  const suffix = basename(pattern).slice(basename(pattern).lastIndexOf('*') + 1);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new SizeError('missing_file', `${shown(dir)} is missing: run \`pnpm build\` first`);
  }
  const files = names.filter((name) => name.endsWith(suffix)).map((name) => join(dir, name));
  if (files.length === 0)
    throw new SizeError('no_match', `nothing matches ${shown(pattern)}: run \`pnpm build\` first`);
  return files;
}

/** The file matching `pattern` that weighs most in brotli bytes: a page loads one of them (a locale), count the worst. */
export function largestOf(pattern: string): string {
  return filesMatching(pattern).sort((a, b) => brotliOf([b]) - brotliOf([a]))[0]!;
}

/**
 * Of several modules of which a browser fetches one (the first view), the files of the static graph
 * that adds most to `counted`, the files already counted.
 */
export function heaviestOf(modules: readonly string[], counted: ReadonlySet<string>): string[] {
  const graphs = modules.map((file) => [...withStaticImports(file)].filter((each) => !counted.has(each)));
  return graphs.sort((a, b) => brotliOf(b) - brotliOf(a))[0] ?? [];
}
