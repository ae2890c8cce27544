import type { Frequency } from '../options/types.js';
import { readItem, writeItem } from '../storage/safe-storage.js';

const KEY = 'rujuk_widget_seen';
// `undefined`: the storage helpers' default, `localStorage`.
const area = (frequency: Frequency) => (frequency === 'session' ? 'sessionStorage' : undefined);

/** Whether an automatic trigger may still open the popup for this visitor. */
export function mayAutoOpen(frequency: Frequency): boolean {
  return frequency === 'always' || !readItem(KEY, area(frequency));
}

/** Records that an automatic trigger opened the popup, for frequency capping (held until consent when required). */
export function markAutoOpened(frequency: Frequency): void {
  if (frequency !== 'always') writeItem(KEY, '1', area(frequency));
}
