import type { IncomingMessage } from 'node:http';

/** A body larger than any protocol call; the core refuses it with `payload_too_large`. */
const LIMIT = 64 * 1024 + 1;

/** The page URL of a Node request, from its `Host` header and whether it came over TLS (directly or through a proxy). */
export function requestUrl(req: IncomingMessage): string {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim();
  const secure = (req.socket as { encrypted?: boolean }).encrypted || forwarded === 'https';
  return `${secure ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
}

const toHeaders = (req: IncomingMessage): Headers => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of [value].flat()) headers.append(name, item);
  }
  return headers;
};

// A body a parser mounted earlier already read (`express.json()`, `express.text()`).
const parsedBody = (req: IncomingMessage): Uint8Array | undefined => {
  const body = (req as { body?: unknown }).body;
  if (body === undefined || !req.readableEnded) return undefined;
  if (body instanceof Uint8Array) return body;
  return new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body));
};

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const parsed = parsedBody(req);
  if (parsed) return parsed;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= LIMIT) break;
  }
  return Buffer.concat(chunks);
}

/** A web `Request` for a Node request; `withBody` reads the body (only for requests the core answers). */
export async function toRequest(req: IncomingMessage, withBody: boolean): Promise<Request> {
  const method = req.method ?? 'GET';
  const body = withBody && method !== 'GET' && method !== 'HEAD' ? await readBody(req) : undefined;
  return new Request(requestUrl(req), { method, headers: toHeaders(req), body: body as BodyInit | undefined });
}
