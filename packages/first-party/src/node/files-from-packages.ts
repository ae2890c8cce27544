import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import type { FileSource } from '../files/file-source.js';

const PACKAGES = ['@rujuk/attribution', '@rujuk/widget'];

/**
 * The script-tag builds of the installed `@rujuk/attribution` and `@rujuk/widget` (their `dist/`),
 * read from disk: the default file source of the Node, Express and Connect adapters.
 */
export function filesFromPackages(packages: string[] = PACKAGES): FileSource {
  const require = createRequire(import.meta.url);
  // Resolved when the server runs, not when a bundler (Next.js's proxy, Turbopack or webpack) builds it:
  // bundled, the name would be a module id, or fail to build as a dynamic request.
  const dirs = packages.map((name) =>
    join(
      dirname(require.resolve(/* turbopackIgnore: true */ /* webpackIgnore: true */ `${name}/package.json`)),
      'dist',
    ),
  );
  return async (name) => {
    for (const dir of dirs) {
      const file = resolve(dir, name);
      // The core only asks for plain relative names; this keeps the disk read inside dist/ regardless.
      if (!file.startsWith(dir + sep)) continue;
      const body = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'ENOTDIR') return undefined;
        throw error;
      });
      if (body) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    }
    return undefined;
  };
}
