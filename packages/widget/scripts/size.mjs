#!/usr/bin/env node
// Measures the script-tag build as a browser downloads it (each file brotli q11) and fails over budget:
// the loader alone, and everything fetched on first open (UI chunk, its static imports, one locale).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist');
const br = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The UI chunk and every chunk it imports statically (what the browser fetches before rendering). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
    closure(join(dirname(file), spec), seen);
  }
  return seen;
}

const loader = br(join(dist, 'widget.global.js'));
const firstOpen = [...closure(join(dist, 'ui/widget-ui.js'))];
const ui = firstOpen.reduce((sum, file) => sum + br(file), 0);
const locales = ['en', 'de', 'ru', 'ar', 'ja'].map((locale) => [locale, br(join(dist, `ui/locales/${locale}.js`))]);
const largestLocale = Math.max(...locales.map(([, size]) => size));
const rows = [
  ['loader (widget.global.js)', loader, 3072],
  [`first open (${firstOpen.length} UI file(s) + largest locale)`, ui + largestLocale + loader, 18432],
];
for (const [name, size, budget] of rows) {
  console.log(
    `${name.padEnd(48)} ${String(size).padStart(6)} B br   budget ${budget} B   ${size <= budget ? 'ok' : 'OVER'}`,
  );
}
console.log(`locales: ${locales.map(([l, s]) => `${l} ${s} B`).join(', ')}`);
if (rows.some(([, size, budget]) => size > budget)) process.exit(1);
