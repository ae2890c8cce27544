/** Reads a localStorage key; `undefined` when storage is unavailable or throws (Safari private mode, blocked storage). */
export const readLocal = (key: string): string | null | undefined => {
  try {
    return localStorage.getItem(key);
  } catch {}
};

/** Writes (or, with `null`, removes) a localStorage key; returns whether it worked. */
export const writeLocal = (key: string, value: string | null): boolean => {
  try {
    value == null ? localStorage.removeItem(key) : localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
};
