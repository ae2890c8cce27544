type Area = 'localStorage' | 'sessionStorage';

// Storage getters themselves throw in sandboxed iframes and with cookies blocked, so every access is guarded.
function area(name: Area): Storage | null {
  try {
    return window[name];
  } catch {
    return null;
  }
}

/** Reads a storage item; `null` when storage is unavailable. */
export function readItem(key: string, name: Area = 'localStorage'): string | null {
  try {
    return area(name)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a storage item; silently does nothing when storage is unavailable or full. */
export function writeItem(key: string, value: string, name: Area = 'localStorage'): void {
  try {
    area(name)?.setItem(key, value);
  } catch {
    // Quota exceeded or storage disabled: the widget works without it.
  }
}
