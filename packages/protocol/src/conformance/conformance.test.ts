import { afterAll, beforeAll, expect, test } from 'vitest';
import { runConformance } from './index.js';
import { type ReferenceServer, startReferenceServer } from './reference-server.js';

let server: ReferenceServer;

beforeAll(async () => {
  server = await startReferenceServer();
}, 60_000);

afterAll(async () => {
  await server?.close();
});

test('the reference server passes every conformance check', async () => {
  const lines: string[] = [];
  const report = await runConformance({
    baseUrl: server.url,
    publishableKey: server.keys.publishableKey,
    secretKey: server.keys.secretKey,
    origin: 'http://127.0.0.1:5173',
    wildcardOrigin: 'http://*.localhost:*',
    webhooks: { failures: 3, retryWithinMs: 3000 },
    log: (line) => lines.push(line),
  });
  expect(report.results.filter((result) => !result.ok)).toEqual([]);
  expect(report.passed).toBeGreaterThan(100);
  expect(lines).toContain(
    '✓ http://*.localhost:* refuses two labels in place of the *: http://deeper.conformance.localhost:5173',
  );
  expect(lines.at(-1)).toBe(`${report.passed} passed, 0 failed`);
}, 120_000);
