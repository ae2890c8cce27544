// Breaks the script-tag build down as a browser downloads it, with the repository's size tool
// (`@rujuk/size`: the same compression and the same budgets as `pnpm size`), and fails over budget:
// the loader alone (with the launcher and the triggers, so also what a launcher page loads), and
// everything fetched up to the first open (the loader, the UI module, the first view, one locale) for
// a new visitor and a known participant in English and in the largest locale. Run after `pnpm build`.
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  budgetNamed,
  checkBudget,
  filesMatching,
  measureFiles,
  readBudgets,
  repoRoot,
  withStaticImports,
} from '@rujuk/size';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const budgets = readBudgets();
const loaderBudget = budgetNamed(budgets, '@rujuk/widget loader (IIFE)');
const firstOpenBudget = budgetNamed(
  budgets,
  '@rujuk/widget first open (loader + UI + heavier first view + largest locale)',
);

const brotli = (files: string[]) => measureFiles(files).brotli;
/** Locale files by name, heaviest first. */
const byWeight = (pattern: string) =>
  filesMatching(join(dist, pattern))
    .map((file) => ({ name: basename(file, '.js'), file, brotli: brotli([file]) }))
    .sort((a, b) => b.brotli - a.brotli);

const locales = byWeight('ui/locales/*.js');
const en = locales.find((locale) => locale.name === 'en')!;
const largest = locales[0]!;
const largestSecondary = byWeight('ui/locales/secondary/*.js')[0]!;
const loader = join(dist, 'widget.global.js');
/** What the first open fetches with one view and one locale: each file once. */
const firstOpen = (view: string, locale: string) => [
  ...new Set([
    loader,
    ...withStaticImports(join(dist, 'ui/widget-ui.js')),
    ...withStaticImports(join(dist, `ui/views/${view}.js`)),
    locale,
  ]),
];

const rows: Array<[string, string[], typeof loaderBudget | null]> = [
  ['loader, with launcher and triggers (widget.global.js)', [loader], loaderBudget],
  // First open fetches the UI with the chunk of the first view: the join form for a new visitor, the
  // share view for a known participant.
  ['first open, new visitor (loader + UI + join + en)', firstOpen('join', en.file), firstOpenBudget],
  [`first open, new visitor (loader + UI + join + ${largest.name})`, firstOpen('join', largest.file), firstOpenBudget],
  ['first open, known participant (loader + UI + share + en)', firstOpen('share', en.file), firstOpenBudget],
  [
    `first open, known participant (loader + UI + share + ${largest.name})`,
    firstOpen('share', largest.file),
    firstOpenBudget,
  ],
  ['progress + leaderboard (ui/views/more.js)', [join(dist, 'ui/views/more.js')], null],
  [`their strings (ui/locales/secondary/*.js, largest ${largestSecondary.name})`, [largestSecondary.file], null],
  ['QR encoder (ui/qr.js)', [join(dist, 'ui/qr.js')], null],
];

const failures: string[] = [];
for (const [name, files, budget] of rows) {
  const size = measureFiles(files);
  let verdict = '';
  if (budget) {
    const counted = files.map((file) => relative(repoRoot, file)).join(' + ');
    const { problem, message } = checkBudget(budget, size, counted);
    verdict = `budget ${budget.brotli} B   ${problem ? `OVER by ${size.brotli - budget.brotli} B` : 'ok'}`;
    if (message) failures.push(message);
  }
  console.log(`${name.padEnd(62)} ${String(size.brotli).padStart(6)} B br   ${verdict}`);
}
console.log(
  `locales: ${[...locales]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((l) => `${l.name} ${l.brotli} B`)
    .join(', ')}`,
);
if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
