#!/usr/bin/env node
// Prints the raw, gzip and brotli (quality 11) size of the script-tag build and fails over budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = 1536;
const file = new URL('../dist/rujuk.global.js', import.meta.url);
const code = readFileSync(file);
const brotli = brotliCompressSync(code, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length },
}).length;
const gzip = gzipSync(code, { level: 9 }).length;
console.log(
  `dist/rujuk.global.js  raw ${code.length} B  gzip ${gzip} B  brotli ${brotli} B  (budget ${BUDGET} B brotli)`,
);
if (brotli > BUDGET) {
  console.error(`Over budget by ${brotli - BUDGET} B.`);
  process.exit(1);
}
