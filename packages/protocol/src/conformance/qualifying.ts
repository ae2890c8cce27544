import type { ConversionRequest } from '../conversions.js';
import type { Program } from '../program.js';

/** A conversion body that meets the program's qualifying rules: a qualifying event at or above the minimum amount. */
export function qualifyingConversion(program: Program, fields: Omit<ConversionRequest, 'event'>): ConversionRequest {
  const { events, minAmount } = program.qualifying;
  const event = events.includes('purchase') ? 'purchase' : (events[0] ?? 'purchase');
  return {
    event,
    amount: Math.max(minAmount?.amount ?? 0, 10_000),
    currency: minAmount?.currency ?? 'USD',
    ...fields,
  };
}
