import { S } from '../core/state.js';
import { readCookies, setCookie } from './cookie.js';

/**
 * Candidate cookie domains of a host, shortest first: `app.shop.example` → `shop.example`,
 * `app.shop.example`, then `''` (host-only). IPs and single-label hosts (`localhost`) only get `''`.
 */
export const candidates = (host: string): string[] => {
  const list = [''];
  if (!/^[\d.]+$|:/.test(host))
    for (let rest = host; rest.includes('.'); rest = rest.slice(rest.indexOf('.') + 1)) list.unshift(rest);
  return list;
};

/** Name of the short-lived cookies that find the registrable domain. */
const PROBE = 'rujuk_p';
let found: string | undefined;
let probed: unknown;

/**
 * Writes a probe cookie, named after its domain, on every candidate domain (once per task, and only
 * when storing is allowed). Called before the task's first cookie read, that one read then tells
 * both the stored referral and the registrable domain.
 */
export const probeDomain = (): void => {
  if (!probed && found == null && S._ok && S._cfg._domain == null) {
    probed = 1;
    Promise.resolve().then(() => (probed = 0));
    for (const domain of candidates(location.hostname)) domain && setCookie(PROBE, domain, 9, domain);
  }
};

/**
 * The cookie domain: the configured one, else the registrable domain, found like analytics scripts
 * do: the shortest candidate whose probe the browser accepted. Public suffixes (`github.io`) fall out
 * because the browser refuses them; IPs and `localhost` get host-only cookies.
 */
const siteDomain = (): string => {
  if (found == null && (found = S._cfg._domain) == null) {
    probeDomain();
    const cookies = readCookies();
    for (const domain of candidates(location.hostname).reverse())
      if (!domain || cookies.includes('; ' + PROBE + '=' + domain + ';')) {
        // The shortest accepted domain comes last; each accepted probe is deleted at once.
        found = domain;
        domain && setCookie(PROBE, '', 0, domain);
      }
  }
  return found!;
};

/**
 * Ends this task's probe when nothing was stored after all (a reload of the same link, a kept
 * first-click referral): the probes are read from the same snapshot and deleted, not left to expire.
 */
export const settleProbes = (): unknown => probed && siteDomain();

/** Writes a cookie on the site's cookie domain (see `siteDomain`). */
export const setSiteCookie = (name: string, value: string): void => setCookie(name, value, S._cfg._age, siteDomain());

/** Deletes a cookie on every domain it may have been written to. */
export const deleteSiteCookie = (name: string): void => {
  for (const domain of [S._cfg._domain, ...candidates(location.hostname)]) setCookie(name, '', 0, domain);
};
