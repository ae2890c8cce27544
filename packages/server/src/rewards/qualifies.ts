import type { Program } from '@rujuk/protocol';

/** The facts of a conversion the qualifying rules look at. */
export interface QualifyingFacts {
  event: string;
  amount: number | null;
  currency: string | null;
}

/**
 * Whether a conversion meets the program's qualifying rules: a listed event and, when the program
 * sets a minimum amount, an amount in that currency at or above it.
 */
export function qualifies(rules: Program['qualifying'], facts: QualifyingFacts): boolean {
  if (!rules.events.includes(facts.event)) return false;
  const min = rules.minAmount;
  if (!min) return true;
  return facts.amount !== null && facts.currency === min.currency && facts.amount >= min.amount;
}
