import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, isRujukError, type RujukError } from '../index.js';
import { createServerClient } from '../server/index.js';
import { json, problem, sleep, startTestServer, type TestServer } from '../test-support/test-server.js';

let server: TestServer;
const conversion = { event: 'signup', idempotencyKey: 'signup:1' };

const client = (options: Partial<Parameters<typeof createClient>[0]> = {}) =>
  createClient({ apiUrl: server.url, publishableKey: 'pk_test', storage: null, ...options });

const failure = async (promise: Promise<unknown>): Promise<RujukError> => {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (reason: unknown) => reason,
  );
  expect(isRujukError(error)).toBe(true);
  return error as RujukError;
};

beforeEach(async () => {
  server ??= await startTestServer();
  server.received.length = 0;
  server.handle((_request, response) => json(response, 200, { ok: true }));
});
afterAll(() => server?.close());

describe('what the client sends', () => {
  it('sends the publishable key as a bearer token and JSON bodies as application/json', async () => {
    await client().reportConversion(conversion);
    const [request] = server.received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/conversions');
    expect(request?.headers.authorization).toBe('Bearer pk_test');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual(conversion);
  });

  it('joins paths to apiUrl without doubling slashes', async () => {
    const trailing = client({ apiUrl: `${server.url}//` });
    expect(trailing.apiUrl).toBe(server.url);
    await trailing.getProgram();
    expect(server.received[0]?.url).toBe('/v1/program');
  });

  it('puts query parameters in the URL and leaves out the ones not given', async () => {
    await client().getLeaderboard({ limit: 5 });
    await client().getLeaderboard();
    expect(server.received.map((r) => r.url)).toEqual(['/v1/leaderboard?limit=5', '/v1/leaderboard']);
  });

  it('sends the secret key from Node without an Origin header, so the backend accepts it', async () => {
    const admin = createServerClient({ apiUrl: server.url, secretKey: 'sk_test' });
    await admin.approveConversion('cv_1');
    const [request] = server.received;
    expect(request?.url).toBe('/v1/conversions/cv_1/approve');
    expect(request?.headers.authorization).toBe('Bearer sk_test');
    expect(request?.headers.origin).toBeUndefined();
  });

  it('escapes ids in paths', async () => {
    const admin = createServerClient({ apiUrl: server.url, secretKey: 'sk_test' });
    await admin.getParticipant('a/b?c');
    expect(server.received[0]?.url).toBe('/v1/participants/a%2Fb%3Fc');
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const fetchSpy: typeof fetch = (input, init) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    await client({ fetch: fetchSpy }).getProgram();
    expect(seen).toEqual([`${server.url}/v1/program`]);
  });
});

describe('how answers become results and errors', () => {
  it('resolves with the parsed JSON body', async () => {
    server.handle((_request, response) => json(response, 201, { click: { id: 'c1' }, duplicate: false }));
    await expect(client().trackClick({ code: 'ANNA42', clickId: 'click-0001' })).resolves.toEqual({
      click: { id: 'c1' },
      duplicate: false,
    });
  });

  it('maps a problem+json answer to its code, status, detail and problem', async () => {
    server.handle((_request, response) => problem(response, 404, 'unknown_code'));
    const error = await failure(client().trackClick({ code: 'NOPE42', clickId: 'click-0001' }));
    expect(error).toMatchObject({
      name: 'RujukError',
      code: 'unknown_code',
      status: 404,
      detail: 'detail of unknown_code',
    });
    expect(error.problem?.type).toBe('https://rujuk.dev/problems/unknown_code');
    expect(error.message).toBe('[rujuk] POST /v1/clicks: detail of unknown_code (unknown_code 404)');
  });

  it('calls a 5xx answer without a problem body an internal_error', async () => {
    server.handle((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<h1>Bad gateway</h1>');
    });
    const error = await failure(client({ retry: 0 }).getProgram());
    expect(error).toMatchObject({ code: 'internal_error', status: 502, problem: null });
  });

  it('calls a 4xx answer without a problem body an invalid_response', async () => {
    server.handle((_request, response) => {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<h1>Not found</h1>');
    });
    const error = await failure(client().getProgram());
    expect(error).toMatchObject({ code: 'invalid_response', status: 404 });
  });

  it('calls a 200 answer that is not JSON an invalid_response, e.g. when apiUrl points at the shop', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Shop</title>');
    });
    const error = await failure(client().getProgram());
    expect(error).toMatchObject({ code: 'invalid_response', status: null });
    expect(error.detail).toMatch(/apiUrl/);
  });

  it('reports an unreachable backend as a network_error without a status', async () => {
    const closed = await startTestServer();
    await closed.close();
    const error = await failure(client({ apiUrl: closed.url, retry: 0 }).getProgram());
    expect(error).toMatchObject({ code: 'network_error', status: null, problem: null });
    // Node's fetch says only "fetch failed"; the cause keeps the reason for whoever debugs it.
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});

describe('retries', () => {
  const failTimes = (times: number, status: number, headers: Record<string, string> = {}) => {
    let left = times;
    server.handle((_request, response) =>
      left-- > 0
        ? problem(response, status, status === 429 ? 'rate_limited' : 'internal_error', headers)
        : json(response, 200, { ok: true }),
    );
  };

  it('retries a GET after a 503 and resolves with the later answer', async () => {
    failTimes(1, 503);
    await expect(client().getProgram()).resolves.toEqual({ ok: true });
    expect(server.received).toHaveLength(2);
  });

  it.each([408, 500, 502, 504])('retries a conversion (idempotent on its key) after a %i', async (status) => {
    failTimes(1, status);
    await client().reportConversion(conversion);
    expect(server.received).toHaveLength(2);
    expect(server.received[1]?.body).toBe(server.received[0]?.body);
  });

  it('never retries join: a failed join is for the person to try again, with the same key', async () => {
    failTimes(1, 503);
    const body = { email: 'anna@example.com', idempotencyKey: 'b3f1c2d4e5a6978812345678abcdef01' };
    const error = await failure(client().join(body));
    expect(error.status).toBe(503);
    expect(server.received).toHaveLength(1);
    await client().join(body);
    expect(server.received.map((request) => JSON.parse(request.body))).toEqual([body, body]);
  });

  it.each([400, 401, 403, 404, 409, 413])('does not retry a %i', async (status) => {
    failTimes(1, status);
    await failure(client().reportConversion(conversion));
    expect(server.received).toHaveLength(1);
  });

  it('stops after `retry` retries and reports the last answer', async () => {
    failTimes(5, 500);
    const error = await failure(client({ retry: 1 }).getProgram());
    expect(error).toMatchObject({ code: 'internal_error', status: 500 });
    expect(server.received).toHaveLength(2);
  });

  it('makes 3 attempts by default', async () => {
    failTimes(5, 500);
    await failure(client({ retry: { backoffLimit: 10 } }).getProgram());
    expect(server.received).toHaveLength(3);
  });

  it('waits as long as Retry-After says (in seconds) before retrying a 429', async () => {
    failTimes(1, 429, { 'retry-after': '1' });
    await client().getProgram();
    const [first, second] = server.received;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('accepts Retry-After as an HTTP date on a 503', async () => {
    failTimes(1, 503, { 'retry-after': new Date(Date.now() + 2000).toUTCString() });
    await client().getProgram();
    const [first, second] = server.received;
    // HTTP dates have whole seconds, so the wait is between 1 and 2 s.
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('keeps backoff under backoffLimit', async () => {
    failTimes(2, 503);
    const started = Date.now();
    await client({ retry: { limit: 2, backoffLimit: 20 } }).getProgram();
    expect(server.received).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(300);
  });
});

describe('timeouts and aborts', () => {
  const slow = (ms: number) =>
    server.handle(async (_request, response) => {
      await sleep(ms);
      json(response, 200, { ok: true });
    });

  it('gives up on an attempt after `timeout` ms with code timeout', async () => {
    slow(1000);
    const started = Date.now();
    const error = await failure(client({ timeout: 100, retry: 0 }).getProgram());
    expect(error).toMatchObject({ code: 'timeout', status: null });
    expect(Date.now() - started).toBeLessThan(800);
  });

  it('counts the timeout per attempt and retries idempotent calls that timed out', async () => {
    slow(1000);
    const error = await failure(client({ timeout: 100, retry: { limit: 1, backoffLimit: 10 } }).getProgram());
    expect(error.code).toBe('timeout');
    expect(server.received).toHaveLength(2);
  });

  it('lets one call override the client timeout', async () => {
    slow(300);
    await expect(client({ timeout: 50, retry: 0 }).getProgram({ timeout: 2000 })).resolves.toEqual({ ok: true });
  });

  it('rejects with code aborted when the signal fires during a request, and does not retry', async () => {
    slow(1000);
    const controller = new AbortController();
    const call = client().getProgram({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await failure(call);
    expect(error).toMatchObject({ code: 'aborted', status: null });
    await sleep(100);
    expect(server.received).toHaveLength(1);
  });

  it('rejects with code aborted when the signal fires while waiting to retry', async () => {
    server.handle((_request, response) => problem(response, 503, 'internal_error', { 'retry-after': '5' }));
    const controller = new AbortController();
    const started = Date.now();
    const call = client().getProgram({ signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await failure(call);
    expect(error.code).toBe('aborted');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.received).toHaveLength(1);
  });

  it('rejects at once with code aborted for an already aborted signal', async () => {
    const error = await failure(client().getProgram({ signal: AbortSignal.abort() }));
    expect(error.code).toBe('aborted');
    expect(server.received).toHaveLength(0);
  });
});
