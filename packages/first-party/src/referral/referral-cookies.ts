import { decodeReferral, encodeReferral, ID, REF_NAME, VID_KEY } from '@rujuk/contract';
import type { Settings } from '../options/options.js';
import type { Visitor } from '../proxy/forward-headers.js';
import { readCookie, setCookieHeader, siteDomain } from './cookie-header.js';
import { isBot } from './is-bot.js';
import { readUrl, readUtm } from './read-url.js';
import { reportClick } from './report-click.js';

/** Whether a request is a page the visitor navigates to, rather than a script, an image or a fetch. */
export function isPageRequest(request: Request): boolean {
  if (request.method !== 'GET') return false;
  const dest = request.headers.get('sec-fetch-dest');
  return dest ? dest === 'document' : (request.headers.get('accept') ?? '').includes('text/html');
}

/**
 * The `Set-Cookie` values a page request gets, with the snippet's rules (`adopt` in the attribution
 * package): a landing with a new code (under `last`, or with nothing stored) is reported as a click
 * and stored; the same code again, or a stored one kept under `first`, is not a new click. A stored
 * referral has its expiry renewed by the server, so it never falls under a script-written cookie's cap.
 */
export async function referralCookies(request: Request, visitor: Visitor, settings: Settings): Promise<string[]> {
  if (!isPageRequest(request)) return [];
  const url = new URL(request.url);
  const cookies = request.headers.get('cookie');
  const stored = decodeReferral(readCookie(cookies, REF_NAME));
  const domain = settings.cookieDomain ?? siteDomain(url.hostname);
  const secure = url.protocol === 'https:';
  const write = (value: string) => [setCookieHeader(REF_NAME, value, settings.maxAge, domain, secure)];
  const found = url.search ? readUrl(url.searchParams, settings.params) : null;
  if (
    found &&
    settings.clickKey &&
    !settings.required &&
    !isBot(request.headers.get('user-agent')) &&
    !(stored && (settings.first || stored.code === found.code))
  ) {
    const vid = readCookie(cookies, VID_KEY);
    const recorded = await reportClick(request, visitor, found, {
      apiUrl: settings.apiUrl,
      key: settings.clickKey,
      timeoutMs: settings.clickTimeoutMs,
      utm: readUtm(url.searchParams),
      visitorId: vid && ID.test(vid) ? vid : undefined,
    });
    // Unrecorded, the landing stays the snippet's: it finds no cookie with this code and reports the click itself.
    if (recorded) return write(encodeReferral(found));
  }
  return stored ? write(encodeReferral(stored)) : [];
}
