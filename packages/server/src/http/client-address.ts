import { BlockList, isIP } from 'node:net';

/**
 * Which proxies in front of the server to believe: a number of hops, or the addresses and CIDR
 * ranges of trusted proxies. `false` believes none and uses the socket's peer address.
 */
export type TrustProxy = false | number | string[];

/** Decides a request's client address from its peer address and forwarding headers. */
export type ClientAddress = (peer: string | undefined, headers: Headers) => string;

// A longer chain is no proxy setup anyone runs; reading it would only cost time.
const MAX_HOPS = 64;

/** Plain address text: IPv4-mapped IPv6 as IPv4, brackets and port dropped; `null` when not an IP. */
function normalize(text: string): string | null {
  let address = text.trim();
  if (address.startsWith('"') && address.endsWith('"') && address.length > 1) address = address.slice(1, -1);
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(address)) address = address.slice(0, address.indexOf(':'));
  if (/^::ffff:[\d.]+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

/** The `for=` addresses of a `Forwarded` header (RFC 7239), left to right; unparsable ones as `''`. */
function forwardedFor(header: string): string[] {
  return header.split(',').map((element) => {
    const pair = element
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.toLowerCase().startsWith('for='));
    return pair ? pair.slice(4) : '';
  });
}

/**
 * The hops in front of the server, left to right: `X-Forwarded-For` when the request has one, else
 * the `Forwarded` header's `for=` values. Entries that are no IP address are `null`.
 */
function forwardedChain(headers: Headers): (string | null)[] {
  const xff = headers.get('x-forwarded-for');
  const forwarded = headers.get('forwarded');
  const entries = xff !== null ? xff.split(',') : forwarded !== null ? forwardedFor(forwarded) : [];
  return entries.slice(-MAX_HOPS).map(normalize);
}

function trustedList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    const plain = normalize(address ?? '');
    if (!plain) throw new TypeError(`"${entry}" is not an IP address or CIDR range.`);
    const family = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(plain, family);
    else {
      const prefix = Number(bits);
      if (!/^\d{1,3}$/.test(bits) || prefix > (family === 'ipv6' ? 128 : 32)) {
        throw new TypeError(`"${entry}" has no valid prefix length.`);
      }
      list.addSubnet(plain, prefix, family);
    }
  }
  return list;
}

/**
 * Compiles a {@link TrustProxy} setting into the function that names each request's client.
 * A number takes the address that many hops left of the peer; a list walks left past trusted
 * proxies. A malformed entry ends the walk at the address to its right, which a trusted proxy
 * wrote or is, so a client can never choose its own address; nothing here throws on a request.
 */
export function clientAddressFrom(trust: TrustProxy): ClientAddress {
  if (trust === false || trust === 0) return (peer) => normalize(peer ?? '') ?? peer ?? 'unknown';
  const trusted = typeof trust === 'number' ? null : trustedList(trust);
  const isTrusted = (address: string) => trusted?.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4') ?? false;
  return (peer, headers) => {
    const start = normalize(peer ?? '');
    if (start === null) return peer ?? 'unknown';
    const chain = forwardedChain(headers);
    let client = start;
    for (let hop = 1; ; hop++) {
      if (typeof trust === 'number' ? hop > trust : !isTrusted(client)) return client;
      const next = chain[chain.length - hop];
      if (next === undefined) return client;
      if (next === null) return client;
      client = next;
    }
  };
}

/** Reads the `--trust-proxy` / `RUJUK_TRUST_PROXY` syntax: a hop count, or comma-separated addresses and ranges. */
export function parseTrustProxy(text: string): TrustProxy {
  const value = text.trim();
  if (value === '' || value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  trustedList(entries);
  return entries;
}
