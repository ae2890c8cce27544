import { CODE, decodeReferral, REF_NAME, type Referral, randomClickId } from '@rujuk/contract';

/**
 * The referral a page URL carries, with the snippet's rules (`readUrl` in the attribution package):
 * parameter names match case-insensitively, the first valid one wins, a code must match the strict
 * pattern, and a `rujuk_ref` handed over from a sister domain keeps its click id.
 */
export function readUrl(search: URLSearchParams, params: string[], now = Date.now()): Referral | null {
  for (const [name, value] of search) {
    const lower = name.toLowerCase();
    if (lower === REF_NAME) {
      const handed = decodeReferral(value);
      if (handed) return handed;
    } else if (params.includes(lower) && CODE.test(value)) {
      return { code: value.toUpperCase(), clickId: randomClickId(), capturedAt: now };
    }
  }
  return null;
}

/** The `utm_*` parameters of a URL, cut at 200 characters as the snippet does. */
export function readUtm(search: URLSearchParams): Record<string, string> {
  const utm: Record<string, string> = {};
  search.forEach((value, name) => {
    // Cut at 200 without splitting an emoji: the backend refuses a lone surrogate.
    if (name.startsWith('utm_')) utm[name.slice(4)] = value.slice(0, 200).replace(/[\ud800-\udbff]$/, '');
  });
  return utm;
}
