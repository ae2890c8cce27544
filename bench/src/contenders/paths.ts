import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchError } from '../errors.js';

/** The bench package's folder (where `results/` lives). */
export const benchRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The repository root, where Rujuk's built bundles are read from `packages/<name>/dist`. */
export const repoRoot = resolve(benchRoot, '..');

/** The installed folder of an anchor package, as the bench package resolves it. */
export const anchorDir = (name: string): string => join(benchRoot, 'node_modules', name);

/** The version of an installed anchor package, printed next to every figure measured from it. */
export const anchorVersion = (name: string): string =>
  (JSON.parse(readFileSync(join(anchorDir(name), 'package.json'), 'utf8')) as { version: string }).version;

/** The packages whose built bundles the bench measures and serves. */
export const MEASURED_PACKAGES = ['attribution', 'widget', 'sdk'] as const;

let buildRoot = repoRoot;

/** Where built bundles are read from: the repository, or the snapshot taken by {@link snapshotBuilds}. */
export const builtRoot = (): string => buildRoot;

/**
 * Copies the measured packages' `dist` folders aside, so every section of a run measures the same
 * build even if someone rebuilds while it runs. Returns a function that removes the copy.
 */
export function snapshotBuilds(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'rujuk-bench-'));
  for (const name of MEASURED_PACKAGES) {
    const dist = join(repoRoot, 'packages', name, 'dist');
    if (existsSync(dist)) cpSync(dist, join(root, 'packages', name, 'dist'), { recursive: true });
  }
  buildRoot = root;
  return () => {
    buildRoot = repoRoot;
    rmSync(root, { recursive: true, force: true });
  };
}

/** Reads a built file (`packages/<name>/dist/…`), with a message that says to build first when it is missing. */
export function readBuilt(path: string): Buffer {
  const file = join(buildRoot, path);
  if (!existsSync(file))
    throw new BenchError('missing_build', `${path} is missing: run \`pnpm build\` at the repository root first.`);
  return readFileSync(file);
}
