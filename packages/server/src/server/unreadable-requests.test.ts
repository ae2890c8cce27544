import { PassThrough } from 'node:stream';
import { RequestError } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { answerClientError, answerUnreadableRequest, clientErrorResponse } from './unreadable-requests.js';

const parse = (raw: string) => {
  const [head, body] = raw.split('\r\n\r\n');
  return { statusLine: head!.split('\r\n')[0], head: head!.toLowerCase(), body: JSON.parse(body!) };
};

describe('answers to requests the HTTP parser refused', () => {
  it('answers oversized headers with 431 and anything else malformed with 400, as problem+json', () => {
    const big = parse(clientErrorResponse(Object.assign(new Error('x'), { code: 'HPE_HEADER_OVERFLOW' })));
    expect(big.statusLine).toBe('HTTP/1.1 431 Request header fields too large');
    expect(big.head).toContain('content-type: application/problem+json');
    expect(big.body).toMatchObject({ status: 431, code: 'invalid_request' });
    const bad = parse(clientErrorResponse(Object.assign(new Error('x'), { code: 'HPE_INVALID_METHOD' })));
    expect(bad.body).toMatchObject({ status: 400, code: 'invalid_request', title: 'Invalid request' });
    expect(bad.body.detail).toContain('HPE_INVALID_METHOD');
  });

  it('writes nothing to a connection the client reset, and always closes it', () => {
    const socket = new PassThrough();
    const written: string[] = [];
    socket.on('data', (chunk) => written.push(String(chunk)));
    socket.on('error', () => {});
    answerClientError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }), socket);
    expect(written).toEqual([]);
    expect(socket.destroyed).toBe(true);
  });

  it('answers a request that cannot become a web Request with a 400 problem naming why', async () => {
    const answer = answerUnreadableRequest(new RequestError('Invalid host header'));
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(await answer.json()).toMatchObject({
      code: 'invalid_request',
      detail: expect.stringContaining('Invalid host header'),
    });
  });
});
