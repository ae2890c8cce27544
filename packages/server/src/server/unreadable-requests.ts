import type { RequestListener } from 'node:http';
import type { Duplex } from 'node:stream';
import { RujukError } from '../errors/rujuk-error.js';
import { problemBody, problemResponse } from '../http/problem.js';

interface ParserError extends Error {
  code?: string;
}

// Node's own answers to these carry no body; ours say what was wrong, like every other refusal.
const answers: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request header fields too large',
    'The request headers are larger than the server accepts (16 KiB); send fewer or shorter headers.',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request timeout', 'The request was not received in time; send it again.'],
};

/** The raw HTTP/1.1 answer to a request Node's parser refused, as `application/problem+json`. */
export function clientErrorResponse(error: ParserError): string {
  const [status, title, detail] = answers[error.code ?? ''] ?? [
    400,
    'Invalid request',
    `The request is not valid HTTP/1.1 (${error.code ?? error.message}); check the request line, headers and body framing.`,
  ];
  const body = JSON.stringify({ ...problemBody('invalid_request', detail), status, title });
  return `HTTP/1.1 ${status} ${title}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
}

/**
 * Answers a request the HTTP parser refused before the app could see it (malformed, headers too
 * large, timed out) the way Node would, but with a problem body. Like Node, it writes only when
 * no answer to that socket has started, and never to a connection the client already reset.
 */
export function answerClientError(error: ParserError, socket: Duplex): void {
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent) {
    socket.write(clientErrorResponse(error));
  }
  socket.destroy(error);
}

/**
 * Answers a request that parsed as HTTP but could not become a web `Request` (an invalid Host
 * header, a backslash in the path): `@hono/node-server` would send an empty 400 instead.
 */
export function answerUnreadableRequest(error: unknown): Response {
  if (!(error instanceof Error) || error.name !== 'RequestError') return problemResponse(error);
  return problemResponse(
    new RujukError(
      'invalid_request',
      `The request could not be read (${error.message}); check the Host header and the request path.`,
    ),
  );
}

/**
 * Wraps a request listener so an HTTP/1.1 request without a Host header gets a 400 problem. Node's
 * own check (`requireHostHeader`, to be turned off) answers an empty 400 the app never sees.
 */
export function requireHost(listener: RequestListener): RequestListener {
  return (incoming, outgoing) => {
    if (incoming.httpVersion === '1.0' || incoming.headers.host !== undefined) return listener(incoming, outgoing);
    const body = JSON.stringify(
      problemBody('invalid_request', 'An HTTP/1.1 request must carry a Host header; send one.'),
    );
    outgoing.writeHead(400, {
      'content-type': 'application/problem+json',
      'content-length': Buffer.byteLength(body),
      connection: 'close',
    });
    outgoing.end(body);
  };
}
