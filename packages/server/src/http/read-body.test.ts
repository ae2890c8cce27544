import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_BODY_DEPTH, readJsonBody } from './read-body.js';

function post(body: BodyInit, type?: string): Request {
  const headers = type ? { 'content-type': type } : undefined;
  return new Request('http://x/v1/clicks', { method: 'POST', body, headers });
}

function streamed(size: number): Request {
  const chunk = new TextEncoder().encode('x'.repeat(1024));
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return new Request('http://x', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
    duplex: 'half',
  } as RequestInit);
}

describe('readJsonBody', () => {
  it('reads a JSON object sent as application/json or as text/plain', async () => {
    expect(await readJsonBody(post('{"a":1}', 'application/json; charset=utf-8'))).toEqual({ a: 1 });
    expect(await readJsonBody(post('{"a":1}', 'text/plain;charset=UTF-8'))).toEqual({ a: 1 });
  });

  it('refuses other content types with unsupported_media_type', async () => {
    await expect(readJsonBody(post('a=1', 'application/x-www-form-urlencoded'))).rejects.toMatchObject({
      code: 'unsupported_media_type',
    });
    await expect(readJsonBody(post(new Blob(['{}'])))).rejects.toMatchObject({ code: 'unsupported_media_type' });
  });

  it('refuses bodies over 16 KiB, whether declared or streamed', async () => {
    const big = JSON.stringify({ a: 'x'.repeat(MAX_BODY_BYTES) });
    await expect(readJsonBody(post(big, 'application/json'))).rejects.toMatchObject({ code: 'payload_too_large' });
    await expect(readJsonBody(streamed(MAX_BODY_BYTES + 1024))).rejects.toMatchObject({ code: 'payload_too_large' });
  });

  it('accepts a body of exactly 16 KiB', async () => {
    const text = JSON.stringify({ a: '' });
    const exact = JSON.stringify({ a: 'x'.repeat(MAX_BODY_BYTES - text.length) });
    expect(exact.length).toBe(MAX_BODY_BYTES);
    expect(await readJsonBody(post(exact, 'application/json'))).toHaveProperty('a');
  });

  it('answers invalid_json for empty, malformed or non-UTF-8 bodies', async () => {
    await expect(readJsonBody(post('', 'application/json'))).rejects.toMatchObject({ code: 'invalid_json' });
    await expect(readJsonBody(post('{"a":', 'application/json'))).rejects.toMatchObject({ code: 'invalid_json' });
    await expect(readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d]), 'application/json'))).rejects.toMatchObject({
      code: 'invalid_json',
    });
  });

  it('answers invalid_request for JSON that is not an object', async () => {
    await expect(readJsonBody(post('[1,2]', 'application/json'))).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(readJsonBody(post('null', 'text/plain'))).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('refuses bodies nested deeper than 32 levels with invalid_request, and reads 32 levels', async () => {
    const nested = (depth: number) => `{"x":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
    expect(await readJsonBody(post(nested(MAX_BODY_DEPTH), 'application/json'))).toHaveProperty('x');
    await expect(readJsonBody(post(nested(MAX_BODY_DEPTH + 1), 'application/json'))).rejects.toMatchObject({
      code: 'invalid_request',
      errors: [{ path: '' }],
    });
    // Deep enough to overflow the stack of a recursive walk: refused all the same.
    await expect(readJsonBody(post(nested(8000), 'text/plain'))).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('answers a body the client abandoned half way as invalid_request, not as a server failure', async () => {
    const stream = Object.assign(new EventEmitter(), { resume() {} });
    const reading = readJsonBody(post('', 'application/json'), stream);
    stream.emit('data', new TextEncoder().encode('{"code":'));
    stream.emit('error', new Error('aborted'));
    await expect(reading).rejects.toMatchObject({ name: 'RujukError', code: 'invalid_request' });
  });
});
