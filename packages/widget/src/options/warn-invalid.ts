import { LOG_PREFIX } from '@rujuk/contract';

/** Logs one warning for an invalid option value and returns the fallback used instead. */
export function warnInvalid<T>(option: string, value: string, fallback: T): T {
  // One short message keeps the loader small; the README lists every attribute's valid values.
  console.warn(`${LOG_PREFIX} ignoring invalid ${option}: "${value}"`);
  return fallback;
}
