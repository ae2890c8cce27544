// Measures what an app ships for the typical browser import of the built package, exactly as
// `pnpm size` does (its budget in size-budgets.json, through the repository's size tool
// `@rujuk/size`), and, for reference, `createClient` alone and ky alone. Run after `pnpm build`.
import { fileURLToPath } from 'node:url';
import { budgetNamed, bundleEntry, measure, measureBudget, readBudgets } from '@rujuk/size';

const root = fileURLToPath(new URL('..', import.meta.url));
const typical = await measureBudget(budgetNamed(readBudgets(), '@rujuk/sdk typical import (client + stores)'));
const references: Array<[string, string]> = [
  ['createClient only', "export { createClient } from './dist/index.js';"],
  ['ky alone (for reference)', "export { default } from 'ky';"],
];

const line = (name: string, brotli: number | string, verdict = '') =>
  console.log(`${name.padEnd(52)} ${String(brotli).padStart(6)} B br${verdict}`);
line(
  'createClient + getStores (typical browser import)',
  typical.size?.brotli ?? '-',
  ` / ${typical.budget.brotli} B${typical.problem ? `  ${typical.problem.toUpperCase()}` : ''}`,
);
for (const [name, source] of references) line(name, measure(await bundleEntry(source, root)).brotli);
if (typical.message) {
  console.error(`\n${typical.message}`);
  process.exit(1);
}
