// RFC 9110 §7.6.1: hop-by-hop fields end at each proxy. `cookie` carries the site's own session and
// must never reach the backend; `host` and `content-length` are the upstream request's own;
// `accept-encoding` is left to fetch, which decodes the answer itself.
const DROPPED = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'cookie',
  'host',
  'content-length',
  'accept-encoding',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
]);

/** The visitor facts a proxied request passes on: the address the site's server saw the request come from. */
export interface Visitor {
  /** The peer address of the request (the visitor, or the last proxy in front of the site). */
  clientAddress?: string | undefined;
}

/** Drops hop-by-hop fields, including every field the `Connection` header names. */
function dropHopByHop(source: Headers, extra: Set<string>): Headers {
  const named = new Set((source.get('connection') ?? '').split(',').map((name) => name.trim().toLowerCase()));
  const headers = new Headers();
  source.forEach((value, name) => {
    if (!extra.has(name) && !named.has(name)) headers.set(name, value);
  });
  return headers;
}

// RFC 7239 §4: a value that is not a plain token (a host with its port) is a quoted string.
const forwardedValue = (value: string): string =>
  /^[\w.-]+$/.test(value) ? value : `"${value.replace(/["\\]/g, '')}"`;

// RFC 7239 §6: an IPv6 address is bracketed, and so quoted.
const forwardedNode = (address: string): string => (address.includes(':') ? `"[${address}]"` : forwardedValue(address));

/**
 * Headers for the backend: the visitor's own, less hop-by-hop fields and cookies, with the visitor's
 * address appended to `X-Forwarded-For` and `Forwarded` (never replacing a chain a proxy in front
 * already started), so a backend started with `trustProxy` sees the visitor.
 */
export function forwardHeaders(request: Request, visitor: Visitor): Headers {
  const headers = dropHopByHop(request.headers, DROPPED);
  const url = new URL(request.url);
  const address = visitor.clientAddress?.replace(/^::ffff:(?=\d+\.)/, '');
  const chain = request.headers.get('x-forwarded-for');
  const forwarded = request.headers.get('forwarded');
  if (address) {
    headers.set('x-forwarded-for', chain ? `${chain}, ${address}` : address);
    const node = `for=${forwardedNode(address)};host=${forwardedValue(url.host)};proto=${url.protocol.slice(0, -1)}`;
    headers.set('forwarded', forwarded ? `${forwarded}, ${node}` : node);
  } else {
    if (chain) headers.set('x-forwarded-for', chain);
    if (forwarded) headers.set('forwarded', forwarded);
  }
  headers.set('x-forwarded-host', url.host);
  headers.set('x-forwarded-proto', url.protocol.slice(0, -1));
  return headers;
}

// What the backend's answer must not bring to the site's origin: its own hop-by-hop fields,
// cookies, and an encoding fetch has already undone.
const DROPPED_ANSWER = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'trailer',
  'upgrade',
  'set-cookie',
  'content-encoding',
  'content-length',
]);

/** The backend's answer headers, fit for the visitor. */
export const answerHeaders = (headers: Headers): Headers => dropHopByHop(headers, DROPPED_ANSWER);
