import { S } from '../core/state.js';
import { guard } from '../util/guard.js';
import { setCookie } from './cookie.js';

/**
 * Candidate cookie domains of a host, shortest first: `app.shop.example` → `shop.example`,
 * `app.shop.example`, then `''` (host-only). IPs and single-label hosts (`localhost`) only get `''`.
 */
export const candidates = (host: string): string[] => {
  const labels = host.split('.');
  return /^[\d.]+$|:/.test(host)
    ? ['']
    : [
        ...labels
          .map((_, i) => labels.slice(i).join('.'))
          .reverse()
          .slice(1),
        '',
      ];
};

let found: string[] | undefined;

/**
 * Writes a cookie on the registrable domain, found like analytics scripts do: set it from the
 * shortest candidate upwards and keep the first the browser accepts. Public suffixes (`github.io`)
 * fall out because the browser refuses them. A configured `cookieDomain` skips the probe.
 */
export const setSiteCookie = (name: string, value: string): void => {
  for (const domain of found ?? (S._cfg._domain ? [S._cfg._domain] : candidates(location.hostname))) {
    setCookie(name, value, S._cfg._age, domain);
    // The value holds a fresh random id, so finding it proves this very write stuck, even when an
    // older cookie of the same name sits on another domain.
    if (guard(() => ('; ' + document.cookie + ';').includes('; ' + name + '=' + value + ';'))) {
      found = [domain];
      return;
    }
  }
};

/** Deletes a cookie on every domain it may have been written to. */
export const deleteSiteCookie = (name: string): void => {
  for (const domain of [S._cfg._domain, ...candidates(location.hostname)]) setCookie(name, '', 0, domain);
};
