import { readItem, writeItem } from './safe-storage.js';

const KEY = 'rujuk_vid';
const PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
let current: string | undefined;

/**
 * The first-party visitor id shared with the snippet (cookie or localStorage `rujuk_vid`), created when
 * missing; the same for the whole page, even when consent is withdrawn meanwhile.
 */
export function visitorId(): string {
  if (current) return current;
  let id: string | null = null;
  try {
    id = /(?:^|;\s*)rujuk_vid=([^;]+)/.exec(document.cookie)?.[1] ?? null;
  } catch {
    // document.cookie throws on sandboxed documents.
  }
  if (!id || !PATTERN.test(id)) id = readItem(KEY);
  if (!id || !PATTERN.test(id)) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    id = Array.from(bytes, (byte) => (byte % 36).toString(36)).join('');
    // Held in memory until consent when the page requires it.
    writeItem(KEY, id);
  }
  current = id;
  return id;
}
