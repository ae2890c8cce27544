import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SizeError } from './size-error.js';

/** The repository root: budgets name their files relative to it. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** A path as a person reads it in a message: relative to the repository when inside it. */
export function shown(file: string): string {
  const inside = relative(repoRoot, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
}

/** Reads a file that a build makes, with a message that names it and says to build when it is missing. */
export function readBuilt(file: string): Buffer {
  if (!existsSync(file)) throw new SizeError('missing_file', `${shown(file)} is missing: run \`pnpm build\` first`);
  return readFileSync(file);
}
