#!/usr/bin/env node
// Measures the script-tag build as a browser downloads it (each file brotli q11) and fails over budget:
// the loader alone (with the launcher and the triggers, so also what a launcher page loads), and
// everything fetched up to the first open (the loader, the UI module, the first view, one locale), as
// the repository's `pnpm size` counts it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(here, 'dist');
// The budgets are the repository's (size-budgets.json), so this breakdown and `pnpm size` never disagree.
const { budgets } = JSON.parse(readFileSync(join(here, '../../size-budgets.json'), 'utf8'));
const budget = (name) => budgets.find((entry) => entry.name === name).brotli;
const LOADER = budget('@rujuk/widget loader (IIFE)');
const FIRST_OPEN = budget('@rujuk/widget first open (loader + UI + heavier first view + largest locale)');
const br = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** A module and every module it imports statically (what the browser fetches before running it). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
    closure(join(dirname(file), spec), seen);
  }
  return seen;
}
const total = (files) => [...files].reduce((sum, file) => sum + br(file), 0);

const locales = Object.fromEntries(
  readdirSync(join(dist, 'ui/locales'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => [file.replace('.js', ''), br(join(dist, 'ui/locales', file))]),
);
const largest = Object.entries(locales).sort((a, b) => b[1] - a[1])[0];
const largestSecondary = readdirSync(join(dist, 'ui/locales/secondary'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => [file.replace('.js', ''), br(join(dist, 'ui/locales/secondary', file))])
  .sort((a, b) => b[1] - a[1])[0];
const loader = br(join(dist, 'widget.global.js'));
const ui = loader + total(closure(join(dist, 'ui/widget-ui.js')));
// First open fetches the UI with the chunk of the first view: the join form for a new visitor, the
// share view for a known participant.
const join_ = br(join(dist, 'ui/views/join.js'));
const share = br(join(dist, 'ui/views/share.js'));
const rows = [
  ['loader, with launcher and triggers (widget.global.js)', loader, LOADER],
  ['first open, new visitor (loader + UI + join + en)', ui + join_ + locales.en, FIRST_OPEN],
  [`first open, new visitor (loader + UI + join + ${largest[0]})`, ui + join_ + largest[1], FIRST_OPEN],
  ['first open, known participant (loader + UI + share + en)', ui + share + locales.en, FIRST_OPEN],
  [`first open, known participant (loader + UI + share + ${largest[0]})`, ui + share + largest[1], FIRST_OPEN],
  ['progress + leaderboard (ui/views/more.js)', br(join(dist, 'ui/views/more.js')), null],
  [`their strings (ui/locales/secondary/*.js, largest ${largestSecondary[0]})`, largestSecondary[1], null],
  ['QR encoder (ui/qr.js)', br(join(dist, 'ui/qr.js')), null],
];
for (const [name, size, budget] of rows) {
  const verdict = budget === null ? '' : `budget ${budget} B   ${size <= budget ? 'ok' : `OVER by ${size - budget} B`}`;
  console.log(`${name.padEnd(62)} ${String(size).padStart(6)} B br   ${verdict}`);
}
console.log(
  `locales: ${Object.entries(locales)
    .map(([locale, size]) => `${locale} ${size} B`)
    .join(', ')}`,
);
if (rows.some(([, size, budget]) => budget !== null && size > budget)) process.exit(1);
