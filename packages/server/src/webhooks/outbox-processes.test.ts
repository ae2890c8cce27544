import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinAs } from '../test-support/join-as.js';
import { spawnServer } from '../test-support/spawn-server.js';
import { freshPostgres } from '../test-support/test-app.js';
import { type Receiver, startReceiver } from '../test-support/webhook-receiver.js';

const SECRET = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
const FAST = { retrySchedule: [20, 40, 80, 160], timeoutMs: 2_000, pollIntervalMs: 25 };
const postgresUrl = process.env.RUJUK_TEST_DATABASE_URL || process.env.DATABASE_URL;

function config(url: string) {
  return { webhooks: [{ id: 'shop', url, secret: SECRET, events: ['participant.created' as const] }] };
}

/** Resolves once no delivery is pending any more: every answer the receiver gave is recorded. */
async function settled(server: { url: string; secretKey: string }): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const page = await fetch(`${server.url}/v1/webhook-deliveries?status=pending`, {
      headers: { authorization: `Bearer ${server.secretKey}` },
    }).then((r) => r.json() as Promise<{ items: unknown[] }>);
    if (page.items.length === 0) return;
    if (Date.now() > deadline) throw new Error(`${page.items.length} deliveries are still pending`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The participant ids the receiver heard of, one entry per request. */
const heard = (receiver: Receiver, status?: number) =>
  receiver.received
    .filter((_, index) => status === undefined || answers[index] === status)
    .map((request) => (JSON.parse(request.body) as { data: { participant: { id: string } } }).data.participant.id);
let answers: number[] = [];

describe('webhook delivery across server processes', () => {
  let receiver: Receiver;
  const dirs: string[] = [];
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('delivers every event committed by a server killed before it sent them, once, after a restart', async () => {
    receiver.received.length = 0;
    answers = [];
    receiver.answer = () => {
      answers.push(204);
      return 204;
    };
    const dataDir = await mkdtemp(join(tmpdir(), 'rujuk-outbox-'));
    dirs.push(dataDir);
    // The first server commits events but never sends one: killed between commit and delivery.
    const first = await spawnServer({ dataDir, config: config(receiver.url), webhooks: { ...FAST, deliver: false } });
    const ids: string[] = [];
    try {
      for (let i = 0; i < 5; i++) ids.push(await joinAs(first, `crash.${i}@example.com`));
    } finally {
      await first.kill();
    }
    expect(receiver.received).toHaveLength(0);

    const second = await spawnServer({ dataDir, config: config(receiver.url), webhooks: FAST });
    try {
      await receiver.until((all) => all.length >= 5);
      await settled(second);
      expect(heard(receiver).sort()).toEqual([...ids].sort());
    } finally {
      await second.kill();
    }
  }, 120_000);

  it.skipIf(!postgresUrl)(
    'sends each event once per endpoint from two servers sharing PostgreSQL, retries included',
    async () => {
      receiver.received.length = 0;
      answers = [];
      const seen = new Set<string>();
      // The first attempt of every event fails, so retries are claimed by whichever server polls first.
      receiver.answer = (request) => {
        const status = seen.has(request.id) ? 204 : 500;
        seen.add(request.id);
        answers.push(status);
        return status;
      };
      const database = await freshPostgres(postgresUrl!);
      const servers = [
        await spawnServer({ databaseUrl: database.url, config: config(receiver.url), webhooks: FAST }),
        await spawnServer({ databaseUrl: database.url, config: config(receiver.url), webhooks: FAST }),
      ];
      try {
        const ids: string[] = [];
        for (let i = 0; i < 20; i++) ids.push(await joinAs(servers[i % 2]!, `pair.${i}@example.com`));
        await receiver.until(() => heard(receiver, 204).length >= 20);
        await settled(servers[0]!);
        expect(heard(receiver, 204).sort()).toEqual([...ids].sort());
        // One failed and one successful attempt per event: no attempt was sent twice.
        expect(heard(receiver, 500).sort()).toEqual([...ids].sort());
        expect(receiver.received).toHaveLength(40);
      } finally {
        for (const server of servers) await server.kill();
        await database.drop();
      }
    },
    120_000,
  );
});
