import type { Reward } from '@rujuk/protocol';

function money(amount: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amount / 10 ** digits);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** Writes the ready-to-show English text of a reward that has no `description`. */
export function describeReward(reward: Omit<Reward, 'description'>): string {
  const { kind, amount, currency } = reward;
  if (amount === null) return '';
  switch (kind) {
    case 'credit':
      return `${money(amount, currency ?? 'USD')} store credit`;
    case 'cash':
      return `${money(amount, currency ?? 'USD')} cash`;
    case 'amount_off':
      return `${money(amount, currency ?? 'USD')} off`;
    case 'percent_off':
      return `${amount}% off`;
    case 'points':
      return `${amount} points`;
    default:
      return '';
  }
}
