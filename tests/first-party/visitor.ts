// A referred visitor of a first-party site: an ad-blocker in front of the browser, the page's script
// writes to `rujuk_ref` counted, and a referrer who joined the program to send them.
import type { BrowserContext, Page } from 'playwright-core';
import type { Backend } from '../support/backend.js';

// What an ad-blocker's generic lists match on any host: referral vendors' script names and tracking
// paths. The backend's own host is blocked whole, as a listed vendor host is.
const VENDOR_PATHS = /\/(rw|fpr|r)\.js$|\/(referral|affiliate|track|collect)s?\b/;

/** Blocks every request to the backend's host and to vendor-style paths; returns the blocked URLs. */
export async function blockLikeAnAdBlocker(context: BrowserContext, backend: Backend): Promise<string[]> {
  const blocked: string[] = [];
  const backendHost = new URL(backend.url).host;
  await context.route(
    (url) => url.host === backendHost || VENDOR_PATHS.test(url.pathname),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return blocked;
}

/** Counts every script write to `rujuk_ref`, before any page script runs. */
export async function watchCookieWrites(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const writes: string[] = [];
    (window as unknown as { __refWrites: string[] }).__refWrites = writes;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        return descriptor.get!.call(this);
      },
      set(value: string) {
        if (value.startsWith('rujuk_ref=')) writes.push(value);
        descriptor.set!.call(this, value);
      },
    });
  });
}

/** The script writes to `rujuk_ref` on the current page so far. */
export const refWrites = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __refWrites: string[] }).__refWrites);

/** Joins the program as a referrer named Anna, straight at the backend; returns her code. */
export async function joinAsReferrer(backend: Backend, email: string): Promise<string> {
  const joined = await fetch(`${backend.url}/v1/participants`, {
    method: 'POST',
    headers: { authorization: `Bearer ${backend.publishableKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email, name: 'Anna' }),
  });
  return ((await joined.json()) as { participant: { code: string } }).participant.code;
}

/** The `Set-Cookie` a first-party landing answers with: the snippet's name, format and 90 days. */
export const landingCookie = (code: string): RegExp =>
  new RegExp(`^rujuk_ref=1\\.${code}\\.[a-z\\d]+\\.[a-z\\d]+; Path=/; SameSite=Lax; Max-Age=7776000$`);
