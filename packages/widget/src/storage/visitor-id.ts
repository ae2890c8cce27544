import { ID, randomId, VID_KEY } from '@rujuk/contract';
import { access, readItem, writeItem } from './safe-storage.js';

let current: string | undefined;

/**
 * The first-party visitor id shared with the snippet (cookie or localStorage `rujuk_vid`), created when
 * missing; the same for the whole page, even when consent is withdrawn meanwhile.
 */
export function visitorId(): string {
  if (current) return current;
  let id = access('document', (page) => /(?:^|;\s*)rujuk_vid=([^;]+)/.exec(page.cookie)?.[1]);
  // The snippet's pattern for visitor ids; `null` reads as "null", too short to pass.
  if (!ID.test(id as string)) {
    id = readItem(VID_KEY);
    // Made as the snippet makes its visitor ids.
    if (!ID.test(id as string)) id = randomId();
    // In localStorage and, for the snippet, in the cookie; held in memory until consent where required.
    writeItem(VID_KEY, id);
  }
  // Valid, or just made.
  current = id as string;
  return current;
}
