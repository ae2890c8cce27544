import type { Referral } from '@rujuk/contract';
import { forwardHeaders, type Visitor } from '../proxy/forward-headers.js';

/** What the click report needs besides the referral. */
export interface ClickFacts {
  apiUrl: string;
  key: string;
  timeoutMs: number;
  utm: Record<string, string>;
  visitorId: string | undefined;
}

// Only what the backend's fraud rules and rate limits read about the visitor.
const PASSED = [
  'user-agent',
  'accept-language',
  'x-forwarded-for',
  'forwarded',
  'x-forwarded-host',
  'x-forwarded-proto',
];

/**
 * Reports a landing's click to the backend from the server, as the visitor (address and user agent
 * forwarded). Resolves `true` only when the backend recorded it; any other outcome leaves the
 * landing to the snippet, which reports it with its own retries.
 */
export async function reportClick(
  request: Request,
  visitor: Visitor,
  referral: Referral,
  facts: ClickFacts,
): Promise<boolean> {
  const forwarded = forwardHeaders(request, visitor);
  const headers = new Headers({ authorization: `Bearer ${facts.key}`, 'content-type': 'application/json' });
  for (const name of PASSED) {
    const value = forwarded.get(name);
    if (value !== null) headers.set(name, value);
  }
  const body = {
    code: referral.code,
    clickId: referral.clickId,
    url: request.url.slice(0, 2048),
    referrer: (request.headers.get('referer') ?? '').slice(0, 2048),
    utm: facts.utm,
    visitorId: facts.visitorId ?? null,
  };
  try {
    const answer = await fetch(`${facts.apiUrl}/v1/clicks`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(facts.timeoutMs),
    });
    await answer.body?.cancel();
    return answer.ok;
  } catch {
    return false;
  }
}
