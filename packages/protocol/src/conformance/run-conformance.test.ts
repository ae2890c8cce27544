import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runConformance } from './index.js';

// A backend that answers every request with an empty JSON object: wrong everywhere.
let backend: Server;
let baseUrl: string;

beforeAll(async () => {
  backend = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => backend.close(resolve));
});

test('a backend that does not speak the protocol fails with a reason per check and a closing count', async () => {
  const lines: string[] = [];
  const report = await runConformance({
    baseUrl,
    publishableKey: 'pk_test',
    secretKey: 'sk_test',
    only: ['program', 'auth'],
    log: (line) => lines.push(line),
  });
  expect(report.passed).toBe(0);
  expect(report.failed).toBe(report.results.length);
  expect(lines).toContain(
    '✗ GET /v1/program with the publishable key answers the program — GET /v1/program body is not a Program: /id: is required; /name: is required; /siteUrl: is required',
  );
  expect(lines).toContain(
    '✗ a call without a key answers 401 missing_key — GET /v1/program answered 200 ({}), expected 401 missing_key',
  );
  expect(lines.at(-1)).toBe(`0 passed, ${report.failed} failed`);
});

test('a backend that cannot be reached fails the checks instead of throwing', async () => {
  const report = await runConformance({
    baseUrl: 'http://127.0.0.1:9',
    publishableKey: 'pk_test',
    secretKey: 'sk_test',
    only: ['program'],
    log: () => {},
  });
  expect(report.passed).toBe(0);
  expect(report.results[0]?.reason).toMatch(/fetch failed/);
});

test('a backend that takes no webhook endpoint fails the webhooks group at its first check', async () => {
  const lines: string[] = [];
  const report = await runConformance({
    baseUrl,
    publishableKey: 'pk_test',
    secretKey: 'sk_test',
    only: ['webhooks'],
    webhooks: { retryWithinMs: 200 },
    log: (line) => lines.push(line),
  });
  expect(report.results).toEqual([
    expect.objectContaining({
      name: "POST /v1/webhook-endpoints registers the suite's receiver for every event type and answers its whsec_ secret",
      ok: false,
      reason: expect.stringMatching(/^POST \/v1\/webhook-endpoints answered 200, expected 201/),
    }),
  ]);
});
