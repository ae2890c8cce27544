import type { Frequency } from '../options/types.js';
import { readItem, writeItem } from '../storage/safe-storage.js';

const KEY = 'rujuk_widget_seen';

/** Whether an automatic trigger may still open the popup for this visitor. */
export function mayAutoOpen(frequency: Frequency): boolean {
  if (frequency === 'always') return true;
  return !readItem(KEY, frequency === 'session' ? 'sessionStorage' : 'localStorage');
}

/** Records that an automatic trigger opened the popup, for frequency capping. */
export function markAutoOpened(frequency: Frequency): void {
  if (frequency !== 'always') writeItem(KEY, '1', frequency === 'session' ? 'sessionStorage' : 'localStorage');
}
