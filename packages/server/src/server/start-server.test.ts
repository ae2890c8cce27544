import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './start-server.js';

describe('startServer on the embedded database', () => {
  const dirs: string[] = [];
  // The server falls back to DATABASE_URL; these tests are about the data directory.
  const { DATABASE_URL } = process.env;
  beforeAll(() => {
    delete process.env.DATABASE_URL;
  });
  afterAll(async () => {
    if (DATABASE_URL !== undefined) process.env.DATABASE_URL = DATABASE_URL;
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('keeps data and keys across a restart on the same data directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rujuk-restart-'));
    dirs.push(dataDir);
    const first = await startServer({ port: 0, dataDir, rateLimits: false });
    const joined = await fetch(`${first.url}/v1/participants`, {
      method: 'POST',
      headers: { authorization: `Bearer ${first.keys.publishableKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'persist@example.com', name: 'Per Sist' }),
    }).then((r) => r.json());
    await first.close();
    await expect(fetch(`${first.url}/v1/health`)).rejects.toThrow();

    const second = await startServer({ port: 0, dataDir, rateLimits: false });
    try {
      expect(second.keys).toEqual(first.keys);
      const me = await fetch(`${second.url}/v1/participants/me`, {
        headers: { authorization: `Bearer ${second.keys.publishableKey}`, 'x-rujuk-token': joined.token },
      });
      expect(me.status).toBe(200);
      expect((await me.json()).participant).toMatchObject({
        email: 'persist@example.com',
        code: joined.participant.code,
      });
    } finally {
      await second.close();
    }
  }, 120_000);

  it('uses the keys it is given and seeds demo data idempotently, in a data directory it creates', async () => {
    const keys = { publishableKey: 'pk_testtesttest', secretKey: 'sk_testtesttesttesttest' };
    const parent = await mkdtemp(join(tmpdir(), 'rujuk-seed-'));
    dirs.push(parent);
    const dataDir = join(parent, 'not', 'there', 'yet');
    for (let round = 0; round < 2; round++) {
      const server = await startServer({ port: 0, keys, seed: true, dataDir });
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const list = await fetch(`${server.url}/v1/participants?limit=100`, {
          headers: { authorization: `Bearer ${keys.secretKey}` },
        }).then((r) => r.json());
        expect(list.items.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['ANNA42', 'BUDI77']));
        expect(list.items).toHaveLength(6);
      } finally {
        await server.close();
      }
    }
  }, 120_000);

  it('answers a streamed body over 16 KiB with 413 on a real socket, and keeps serving', async () => {
    const server = await startServer({ port: 0, rateLimits: false });
    try {
      const chunk = new TextEncoder().encode(`{"pad":"${'x'.repeat(4096)}`);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 8) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const headers = { authorization: `Bearer ${server.keys.publishableKey}`, 'content-type': 'application/json' };
      const big = await fetch(`${server.url}/v1/clicks`, {
        method: 'POST',
        headers,
        body,
        duplex: 'half',
      } as RequestInit);
      expect(big.status).toBe(413);
      expect((await big.json()).code).toBe('payload_too_large');
      const small = await fetch(`${server.url}/v1/clicks`, { method: 'POST', headers, body: '{"code":"x"}' });
      expect(small.status).toBe(400);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('refuses bad options and configs before listening, naming what is wrong', async () => {
    await expect(startServer({ port: 70000 })).rejects.toMatchObject({ code: 'invalid_options' });
    await expect(startServer({ databaseUrl: 'mysql://x' })).rejects.toThrow('databaseUrl must be a postgres://');
    await expect(startServer({ config: { tiers: [{ name: 'X' }] } as never })).rejects.toThrow('/tiers/0/threshold');
  });
});
