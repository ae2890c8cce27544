import { CODE, decodeReferral, REF_NAME, randomId } from '@rujuk/contract';
import type { Referral } from '../types.js';

/**
 * Reads a URL's query: the referral it carries (if any) and the names of every referral parameter
 * (to clean them from the address bar). Names match case-insensitively and the first valid one in
 * the URL wins; a code must match the strict pattern, so anything else (markup, a 10 KB value) is
 * ignored silently and never stored or echoed. A `rujuk_ref` handed over from a sister domain
 * keeps its click id, so the click is not counted twice.
 */
export const readUrl = (search: URLSearchParams, params: string[]): [Referral | null | undefined, string[]] => {
  let found: Referral | null | undefined;
  const names: string[] = [];
  for (const [name, value] of search) {
    const lower = name.toLowerCase();
    if (lower == REF_NAME || params.includes(lower)) {
      names.push(name);
      found ||=
        lower == REF_NAME
          ? decodeReferral(value)
          : CODE.test(value)
            ? { code: value.toUpperCase(), clickId: randomId(), capturedAt: Date.now() }
            : null;
    }
  }
  return [found, names];
};
