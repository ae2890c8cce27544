export { type Budget, budgetNamed, budgetsFile, readBudgets } from './budgets.js';
export { bundleEntry } from './bundle.js';
export { type BudgetResult, checkBudget, measureBudget } from './check.js';
export { type Downloads, downloadsOf } from './downloads.js';
export { measure, measureAll, measureFiles, type Size } from './measure.js';
export { readBuilt, repoRoot } from './paths.js';
export { filesMatching, heaviestOf, largestOf } from './pick.js';
export { SizeError, type SizeErrorCode } from './size-error.js';
export { withStaticImports } from './static-imports.js';
