// `pnpm size [name…]`: raw, gzip and brotli bytes of every budget in size-budgets.json (or of those whose
// name starts with one of the names given, e.g. `@rujuk/widget`), failing when one is over budget or
// cannot be measured. Run after `pnpm build`.
import { readBudgets } from './budgets.js';
import { measureBudget } from './check.js';
import { formatTable } from './table.js';

const names = process.argv.slice(2).filter((arg) => arg !== '--');
const budgets = readBudgets().filter((budget) => !names.length || names.some((name) => budget.name.startsWith(name)));
if (budgets.length === 0) {
  console.error(`No budget in size-budgets.json starts with ${names.map((name) => `"${name}"`).join(' or ')}.`);
  process.exit(1);
}

const results = [];
for (const budget of budgets) results.push(await measureBudget(budget));
for (const line of formatTable(results)) console.log(line);
const failed = results.filter((result) => result.message);
if (failed.length) {
  console.error(`\n${failed.map((result) => result.message).join('\n')}`);
  console.error(`\n${failed.length} bundle(s) failed their size budget.`);
  process.exit(1);
}
