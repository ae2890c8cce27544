import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { IdentityHeaders } from '../services/participant-auth.js';
import type { RequestFacts } from '../services/track-click.js';
import type { Caller } from './authenticate.js';
import { readJsonBody } from './read-body.js';

/**
 * The Hono environment: under `@hono/node-server` the Node request is available for the peer
 * address; `clientAddress` is what `createApp` decided from it and any trusted proxy headers, and
 * `caller` which key the route's `requireKey` accepted (set only on routes that need a key).
 */
export interface ServerEnv {
  Bindings: { incoming?: IncomingMessage };
  Variables: { clientAddress: string; caller: Caller };
}

/** The client address and user agent a request came with. */
export function requestFacts(c: Context<ServerEnv>): RequestFacts {
  return {
    ip: c.get('clientAddress') ?? 'unknown',
    userAgent: c.req.header('user-agent') ?? null,
  };
}

/** The participant-identity headers of a request. */
export function identityHeaders(c: Context): IdentityHeaders {
  return {
    token: c.req.header('x-rujuk-token') ?? null,
    email: c.req.header('x-rujuk-email') ?? null,
    signature: c.req.header('x-rujuk-signature') ?? null,
  };
}

/** Reads the JSON body, straight from the Node stream when the request came through a socket. */
export function jsonBody(c: Context<ServerEnv>) {
  return readJsonBody(c.req.raw, c.env?.incoming);
}
