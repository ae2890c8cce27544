import { isStorableText } from '../validation/storable-text.js';

/**
 * Whether a list's filters can match a stored record at all: a value holding text no column can
 * store (a NUL, an unpaired surrogate) matches nothing, and asking the database would only fail.
 */
export function filtersCanMatch(filter: Record<string, string | undefined>): boolean {
  return Object.values(filter).every((value) => value === undefined || isStorableText(value));
}

/** The answer of a list whose filters match nothing. */
export const EMPTY_PAGE = { items: [], nextCursor: null };
