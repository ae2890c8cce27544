type Area = 'localStorage' | 'sessionStorage';

// Every key the widget writes, deleted when consent is withdrawn.
const KEYS = ['rujuk_vid', 'rujuk_token', 'rujuk_widget_seen'];
const AREAS: Area[] = ['localStorage', 'sessionStorage'];
// What the widget wrote while it may not store, by area and key: kept for the page, stored on consent.
const held = new Map<string, [Area, string, string | null]>();
let consent: boolean | undefined;
let required = false;

// Storage getters themselves throw in sandboxed iframes and with cookies blocked, so every access is guarded.
function access<T>(name: Area, use: (storage: Storage) => T): T | null {
  try {
    return use(window[name]) ?? null;
  } catch {
    return null;
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

/** Writes (or with `null` removes) a storage item; held in memory without consent, silently dropped when storage fails. */
export function writeItem(key: string, value: string | null, name: Area = 'localStorage'): void {
  if (!mayStore()) held.set(name + key, [name, key, value]);
  else access(name, (storage) => (value === null ? storage.removeItem(key) : storage.setItem(key, value)));
}

/** Applies `rujuk('consent', granted)`: granting stores what was held, withdrawing deletes every key the widget wrote. */
export function setConsent(granted: boolean): void {
  consent = granted;
  if (granted) {
    for (const [name, key, value] of held.values()) writeItem(key, value, name);
    held.clear();
  } else {
    for (const key of KEYS) for (const name of AREAS) access(name, (storage) => storage.removeItem(key));
  }
}
