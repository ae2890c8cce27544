import type { Budget } from './budgets.js';
import { downloadsOf } from './downloads.js';
import { measureAll, type Size } from './measure.js';
import { repoRoot } from './paths.js';

/** One budget measured: its figures (none when it could not be measured) and how it fares. */
export interface BudgetResult {
  budget: Budget;
  size?: Size;
  /** Short, for the table: `over budget by 12 B`, `cannot measure (…)`; absent when within budget. */
  problem?: string;
  /** Whole, for the end of a failed run: the budget, the files, the figure and the limit. */
  message?: string;
}

/** Whether a measured size fits its budget, with both the table's short word and the full message. */
export function checkBudget(budget: Budget, size: Size, counted: string): BudgetResult {
  if (size.brotli <= budget.brotli) return { budget, size };
  const over = size.brotli - budget.brotli;
  return {
    budget,
    size,
    problem: `over budget by ${over} B`,
    message: `${budget.name}: ${size.brotli} B brotli for ${counted}, over the budget of ${budget.brotli} B by ${over} B`,
  };
}

/** Measures one budget's downloads and checks them; what cannot be measured (a missing build) fails it. */
export async function measureBudget(budget: Budget, root = repoRoot): Promise<BudgetResult> {
  try {
    const { buffers, counted } = await downloadsOf(budget, root);
    return checkBudget(budget, measureAll(buffers), counted);
  } catch (error) {
    const reason = (error as Error).message;
    return { budget, problem: `cannot measure (${reason})`, message: `${budget.name}: cannot measure: ${reason}` };
  }
}
