#!/usr/bin/env node
// Measures what an app ships for each entry of the built package, the way the repository's `pnpm size`
// does (esbuild, minified, es2020, brotli quality 11), and fails when the typical browser import
// exceeds its budget. Run after `pnpm build`.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET = 7168;

const cases = [
  [
    'createClient + getStores (typical browser import)',
    "export { createClient, getStores } from './dist/index.js';",
    BUDGET,
  ],
  ['createClient only', "export { createClient } from './dist/index.js';"],
  ['ky alone (for reference)', "export { default } from 'ky';"],
];

let failed = false;
for (const [name, contents, budget] of cases) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const over = budget && brotli > budget;
  if (over) failed = true;
  console.log(
    `${name.padEnd(52)} ${String(brotli).padStart(6)} B br${budget ? ` / ${budget} B${over ? '  OVER BUDGET' : ''}` : ''}`,
  );
}
if (failed) process.exit(1);
