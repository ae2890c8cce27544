import { TOKEN_KEY, VID_KEY } from '@rujuk/contract';

type Area = 'localStorage' | 'sessionStorage';

// Every key the widget writes, deleted when consent is withdrawn (and the `rujuk_vid` cookie).
const KEYS = [VID_KEY, TOKEN_KEY, 'rujuk_widget_seen'];
const AREAS: Area[] = ['localStorage', 'sessionStorage'];
// What the widget wrote while it may not store, by area and key: kept for the page, stored on consent.
const held = new Map<string, [Area, string, string | null]>();
let consent: boolean | undefined;
let required = false;

// Storage getters throw in sandboxed iframes and with cookies blocked, and `document.cookie` throws in
// sandboxed documents, so every access is guarded.
/** Uses `localStorage`, `sessionStorage` or the `document` (for its cookies); `null` when that throws. */
export function access<K extends Area | 'document', T>(name: K, use: (target: Window[K]) => T): T | null {
  try {
    return use(window[name]) ?? null;
  } catch {
    return null;
  }
}

/**
 * Writes (or with `null` deletes) the `rujuk_vid` cookie, the one place the snippet reads the visitor id
 * (to send it with clicks and conversions). Host-only: the snippet finds the registrable domain by
 * probing with cookies, which the widget cannot afford. 400 days, the most browsers keep: it mirrors an
 * id `localStorage` keeps without end.
 */
function writeVisitorCookie(id: string | null): void {
  try {
    // biome-ignore lint/suspicious/noDocumentCookie: the snippet reads document.cookie; the Cookie Store API is async and not in every browser.
    document.cookie = `${VID_KEY}=${id}; Path=/; SameSite=Lax; Max-Age=${id ? 3456e4 : 0}${location.protocol === 'https:' ? '; Secure' : ''}`;
  } catch {
    // document.cookie throws in sandboxed documents: the id stays in localStorage.
  }
}

/**
 * Whether the widget may store: consent was given with `rujuk('consent', true)`, or nobody requires it
 * (neither `mountWidget`'s `consent` option nor `data-consent="required"` on a Rujuk script tag).
 */
export function mayStore(): boolean {
  return consent ?? !(required || document.querySelector('script[data-key][data-consent="required"]'));
}

/** Holds everything the widget writes in memory until `rujuk('consent', true)`. */
export function requireConsent(): void {
  required = true;
}

/** Reads a storage item, or what the widget wrote while waiting for consent; `null` when unavailable. */
export function readItem(key: string, name: Area = 'localStorage'): string | null {
  const item = held.get(name + key);
  return item ? item[2] : access(name, (storage) => storage.getItem(key));
}

/**
 * Writes (or with `null` removes) a storage item, the visitor id to its cookie too; held in memory
 * without consent, silently dropped when storage fails.
 */
export function writeItem(key: string, value: string | null, name: Area = 'localStorage'): void {
  if (!mayStore()) held.set(name + key, [name, key, value]);
  else {
    if (key === VID_KEY) writeVisitorCookie(value);
    access(name, (storage) => (value === null ? storage.removeItem(key) : storage.setItem(key, value)));
  }
}

/** Applies `rujuk('consent', granted)`: granting stores what was held, withdrawing deletes every key the widget wrote. */
export function setConsent(granted: boolean): void {
  consent = granted;
  if (granted) {
    for (const [name, key, value] of held.values()) writeItem(key, value, name);
    held.clear();
  } else {
    for (const key of KEYS) for (const name of AREAS) access(name, (storage) => storage.removeItem(key));
    writeVisitorCookie(null);
  }
}
