import { readItem, writeItem } from './safe-storage.js';

const KEY = 'rujuk_vid';
const PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** The first-party visitor id shared with the snippet (cookie or localStorage `rujuk_vid`), created when missing. */
export function visitorId(): string {
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
    writeItem(KEY, id);
  }
  return id;
}
