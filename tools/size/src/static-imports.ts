import { dirname, join } from 'node:path';
import { readBuilt } from './paths.js';

// `import … from './x.js'` and `import './x.js'` at a statement start, relative specifiers only: a
// built chunk imports its siblings, and a dynamic `import(…)`, fetched later, is left out.
const STATIC_IMPORT = /(?:^|[;}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.[^"']+)["']/g;

/** A built module and every module it imports statically: what a browser fetches before the module runs. */
export function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readBuilt(file).toString('utf8');
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) withStaticImports(join(dirname(file), spec!), seen);
  return seen;
}
