import { access, readItem, writeItem } from './safe-storage.js';

const KEY = 'rujuk_vid';
// The snippet's pattern for visitor ids; `null` reads as "null", too short to pass.
const PATTERN = /^[\w-]{8,64}$/;
let current: string | undefined;

/**
 * The first-party visitor id shared with the snippet (cookie or localStorage `rujuk_vid`), created when
 * missing; the same for the whole page, even when consent is withdrawn meanwhile.
 */
export function visitorId(): string {
  if (current) return current;
  let id = access('document', (page) => /(?:^|;\s*)rujuk_vid=([^;]+)/.exec(page.cookie)?.[1]);
  if (!PATTERN.test(id as string)) {
    id = readItem(KEY);
    if (!PATTERN.test(id as string)) {
      // As the snippet makes its visitor ids: time plus about 52 random bits, 16–20 `[a-z0-9]` characters.
      id = Date.now().toString(36) + Math.random().toString(36).slice(2);
    }
    // In localStorage and, for the snippet, in the cookie; held in memory until consent where required.
    writeItem(KEY, id);
  }
  // Valid, or just made.
  current = id as string;
  return current;
}
