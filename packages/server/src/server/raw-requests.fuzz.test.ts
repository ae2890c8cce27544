import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fuzzConfig } from '../test-support/fuzz-app.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from '../test-support/fuzz-runs.js';
import { type RunningServer, startServer } from './start-server.js';

// A property runs many requests: give it time enough on a loaded machine or on PostgreSQL.
vi.setConfig({ testTimeout: FUZZ_TIMEOUT });

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Every HTTP/1.1 answer in what a socket received (a pipelined request can get more than one). */
function parseAnswers(text: string): RawAnswer[] {
  const out: RawAnswer[] = [];
  let rest = text;
  while (rest.startsWith('HTTP/1.1 ')) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    const [line, ...lines] = rest.slice(0, end).split('\r\n');
    const headers = Object.fromEntries(
      lines.map((header) => [
        header.slice(0, header.indexOf(':')).toLowerCase(),
        header.slice(header.indexOf(':') + 1).trim(),
      ]),
    );
    const length = Number(headers['content-length'] ?? 0);
    out.push({ status: Number(line!.split(' ')[1]), headers, body: rest.slice(end + 4, end + 4 + length) });
    rest = rest.slice(end + 4 + length);
  }
  return out;
}

describe('raw HTTP the parser refuses, against a running server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, rateLimits: false, config: fuzzConfig });
  }, 120_000);
  afterAll(() => server.close());

  /** Sends bytes on a fresh connection, half-closes it, and collects everything the server answers. */
  const send = (bytes: Uint8Array | string): Promise<RawAnswer[]> =>
    new Promise((resolve) => {
      const socket = connect(server.port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk.toString('latin1');
      });
      socket.on('error', () => {});
      socket.on('close', () => resolve(parseAnswers(received)));
      socket.end(bytes);
      setTimeout(() => socket.destroy(), 3000);
    });

  const records = async () => {
    const list = async (path: string) =>
      (
        await fetch(`${server.url}${path}?limit=100`, { headers: { authorization: `Bearer ${server.keys.secretKey}` } })
      ).text();
    return Promise.all([list('/v1/participants'), list('/v1/clicks'), list('/v1/conversions')]);
  };

  const expectProblem = (answer: RawAnswer | undefined, status: number) => {
    expect(answer?.status).toBe(status);
    expect(answer?.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(answer!.body)).toMatchObject({ status, code: expect.any(String), detail: expect.any(String) });
  };

  const post = (head: string, body: string) =>
    `POST /v1/clicks?key=${server.keys.publishableKey} HTTP/1.1\r\nhost: x\r\ncontent-type: text/plain\r\n${head}\r\n${body}`;

  it('answers what the HTTP layer refuses before the app sees it with a problem body: framing, headers, host, bytes', async () => {
    const before = await records();
    const cases: [string, string, number][] = [
      ['header block over 16 KiB', `GET /v1/program HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
      ['no method', 'GARBAGE\r\n\r\n', 400],
      ['request line cut off', 'GET /v1/pro', 400],
      ['body shorter than its Content-Length', post('content-length: 100\r\n', '{"code":"x"}'), 400],
      ['Content-Length that is not a number', post('content-length: abc\r\n', '{}'), 400],
      ['chunk size that is not hex', post('transfer-encoding: chunked\r\n', 'zz\r\nabc\r\n0\r\n\r\n'), 400],
      ['Content-Length with chunked', post('content-length: 5\r\ntransfer-encoding: chunked\r\n', '0\r\n\r\n'), 400],
      ['a Host header that is no host name', 'GET /v1/health HTTP/1.1\r\nhost: !  x\r\n\r\n', 400],
      ['no Host header at all', 'GET /v1/health HTTP/1.1\r\nx-host: x\r\n\r\n', 400],
      ['a backslash in the path', 'GET /v1\\health HTTP/1.1\r\nhost: x\r\n\r\n', 400],
      [
        'chunked body over 16 KiB',
        post('transfer-encoding: chunked\r\n', `${`4000\r\n${'a'.repeat(0x4000)}\r\n`.repeat(3)}0\r\n\r\n`),
        413,
      ],
    ];
    for (const [name, request, status] of cases) {
      const answers = await send(request);
      expect(answers.length, name).toBeGreaterThan(0);
      expectProblem(answers[0], status);
    }
    expect(await records()).toEqual(before);
  });

  it('answers any bytes at all with problems or answers, never a failure, and stays up', async () => {
    const valid = `GET /v1/health HTTP/1.1\r\nhost: x\r\n\r\n`;
    const mutated = fc
      .tuple(fc.nat({ max: valid.length }), fc.uint8Array({ minLength: 1, maxLength: 12 }), fc.nat({ max: 6 }))
      .map(([at, bytes, cut]) =>
        Buffer.concat([Buffer.from(valid.slice(0, at), 'latin1'), bytes, Buffer.from(valid.slice(at + cut), 'latin1')]),
      );
    const before = await records();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 200 }), mutated), async (bytes) => {
        for (const answer of await send(bytes)) {
          expect(answer.status).toBeLessThan(500);
          if (answer.status >= 400) expect(answer.headers['content-type']).toBe('application/problem+json');
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect((await fetch(`${server.url}/v1/health`)).status).toBe(200);
    expect(await records()).toEqual(before);
  });
});
