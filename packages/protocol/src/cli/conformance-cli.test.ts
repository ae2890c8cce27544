import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';

const cli = new URL('./conformance-cli.ts', import.meta.url).pathname;

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// A backend that refuses everything with a bare 500: it fails every check it is asked about.
let backend: Server;
let baseUrl: string;

beforeAll(async () => {
  backend = createServer((_request, response) => response.writeHead(500).end());
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => backend.close(resolve));
});

test('rujuk-conformance exits 1 and closes with the counts when a check fails', async () => {
  const keys = ['--publishable-key', 'pk_test', '--secret-key', 'sk_test'];
  const { code, stdout } = await runCli(['--base-url', baseUrl, ...keys, '--only', 'auth']);
  const lines = stdout.trim().split('\n');
  expect(code).toBe(1);
  expect(lines.length).toBeGreaterThan(5);
  expect(lines.slice(0, -1).every((line) => line.startsWith('✗ ') && line.includes(' answered 500'))).toBe(true);
  expect(lines.at(-1)).toBe(`0 passed, ${lines.length - 1} failed`);
}, 30_000);

test('rujuk-conformance exits 2 with the usage when a required flag is missing', async () => {
  const { code, stderr } = await runCli(['--base-url', baseUrl, '--secret-key', 'sk_test']);
  expect(code).toBe(2);
  expect(stderr).toContain('Missing --publishable-key.');
  expect(stderr).toContain('Usage: rujuk-conformance');
}, 30_000);
