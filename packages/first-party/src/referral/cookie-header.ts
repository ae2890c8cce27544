import { getDomain } from 'tldts';

/** A cookie's value from a `Cookie` header; the first of several, as `document.cookie` lists them. */
export function readCookie(header: string | null, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * The cookie domain the snippet would find by probing: the registrable domain of the host, from the
 * Public Suffix List that browsers use to refuse `Domain=github.io`, its private section included.
 * IPs and single-label hosts (`localhost`) get a host-only cookie.
 */
export function siteDomain(hostname: string): string | undefined {
  if (/^[\d.]+$|:|^\[/.test(hostname) || !hostname.includes('.')) return undefined;
  return getDomain(hostname, { allowPrivateDomains: true }) ?? undefined;
}

/** A `Set-Cookie` value with the snippet's attributes: `Path=/; SameSite=Lax`, `Secure` on https. */
export function setCookieHeader(
  name: string,
  value: string,
  maxAge: number,
  domain: string | undefined,
  secure: boolean,
): string {
  return `${name}=${value}; Path=/; SameSite=Lax; Max-Age=${maxAge}${domain ? `; Domain=${domain}` : ''}${secure ? '; Secure' : ''}`;
}
