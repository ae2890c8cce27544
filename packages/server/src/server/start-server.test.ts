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
  }, 60_000);

  it('uses the keys it is given and seeds demo data idempotently', async () => {
    const keys = { publishableKey: 'pk_testtesttest', secretKey: 'sk_testtesttesttesttest' };
    const dataDir = await mkdtemp(join(tmpdir(), 'rujuk-seed-'));
    dirs.push(dataDir);
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
  }, 60_000);

  it('refuses bad options and configs before listening, naming what is wrong', async () => {
    await expect(startServer({ port: 70000 })).rejects.toMatchObject({ code: 'invalid_options' });
    await expect(startServer({ databaseUrl: 'mysql://x' })).rejects.toThrow('databaseUrl must be a postgres://');
    await expect(startServer({ config: { tiers: [{ name: 'X' }] } as never })).rejects.toThrow('/tiers/0/threshold');
  });
});
