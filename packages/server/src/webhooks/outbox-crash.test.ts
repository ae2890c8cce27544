import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { joinAs } from '../test-support/join-as.js';
import { spawnServer } from '../test-support/spawn-server.js';
import { freshPostgres } from '../test-support/test-app.js';
import { type Received, type Receiver, startReceiver } from '../test-support/webhook-receiver.js';

const SECRETS = [`whsec_${Buffer.alloc(32, 5).toString('base64')}`, `whsec_${Buffer.alloc(32, 6).toString('base64')}`];
const postgresUrl = process.env.RUJUK_TEST_DATABASE_URL || process.env.DATABASE_URL;

// Each endpoint gets its own receiver, so what one endpoint was sent is told apart from the other's.
function config(receivers: Receiver[]) {
  return {
    webhooks: receivers.map((receiver, index) => ({
      id: `endpoint${index}`,
      url: receiver.url,
      secret: SECRETS[index]!,
      events: ['participant.created' as const],
    })),
  };
}

interface Delivery {
  status: string;
  eventId: string;
  endpointId: string;
  attempts: { status: number | null }[];
}

/** Resolves with every delivery once none is pending any more. */
async function settled(server: { url: string; secretKey: string }, timeoutMs: number): Promise<Delivery[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = await fetch(`${server.url}/v1/webhook-deliveries?limit=100`, {
      headers: { authorization: `Bearer ${server.secretKey}` },
    }).then((r) => r.json() as Promise<{ items: Delivery[] }>);
    const pending = page.items.filter((item) => item.status === 'pending');
    if (pending.length === 0) return page.items;
    if (Date.now() > deadline) throw new Error(`${pending.length} deliveries are still pending`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const participantOf = (request: Received) =>
  (JSON.parse(request.body) as { data: { participant: { id: string } } }).data.participant.id;

describe.skipIf(!postgresUrl)(
  postgresUrl
    ? 'webhook delivery when the server process is killed, restarted on the same PostgreSQL'
    : 'webhook delivery when the server process is killed (skipped: set RUJUK_TEST_DATABASE_URL to a PostgreSQL server)',
  () => {
    let receivers: Receiver[];
    let database: Awaited<ReturnType<typeof freshPostgres>>;
    const running: { kill(): Promise<void> }[] = [];
    beforeAll(async () => {
      receivers = [await startReceiver(), await startReceiver()];
    });
    afterEach(async () => {
      for (const server of running.splice(0)) await server.kill();
      await database?.drop();
    });
    afterAll(async () => {
      for (const receiver of receivers) await receiver.close();
    });

    it('delivers every event committed before a SIGKILL once per endpoint, after a restart', async () => {
      database = await freshPostgres(postgresUrl!);
      for (const receiver of receivers) {
        receiver.received.length = 0;
        receiver.answer = () => 204;
      }
      const fast = { retrySchedule: [20, 40, 80], timeoutMs: 2_000, pollIntervalMs: 25 };
      // The first server commits events and is killed before it sends any of them.
      const first = await spawnServer({
        databaseUrl: database.url,
        config: config(receivers),
        webhooks: { ...fast, deliver: false },
      });
      running.push(first);
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push(await joinAs(first, `killed.${i}@example.com`));
      await running.pop()!.kill();
      expect(receivers.map((receiver) => receiver.received.length)).toEqual([0, 0]);

      const second = await spawnServer({ databaseUrl: database.url, config: config(receivers), webhooks: fast });
      running.push(second);
      for (const receiver of receivers) await receiver.until((all) => all.length >= ids.length);
      const deliveries = await settled(second, 20_000);
      expect(deliveries).toHaveLength(ids.length * receivers.length);
      for (const receiver of receivers) {
        // Once per endpoint: every event, no event twice, and one webhook-id per event.
        expect(receiver.received.map(participantOf).sort()).toEqual([...ids].sort());
        expect(new Set(receiver.received.map((request) => request.id)).size).toBe(ids.length);
      }
      // Both endpoints got the same events under the same ids.
      const [a, b] = receivers.map((receiver) => receiver.received.map((request) => request.id).sort());
      expect(a).toEqual(b);
    }, 120_000);

    it('sends again, with the same webhook-id, an attempt the server was killed during', async () => {
      database = await freshPostgres(postgresUrl!);
      const [receiver, other] = receivers as [Receiver, Receiver];
      for (const r of receivers) r.received.length = 0;
      // The first server's attempts hang until it dies; the second server's are answered at once.
      let hanging = true;
      receiver.answer = () => (hanging ? 'hang' : 204);
      other.answer = () => 204;
      // A long timeout, so the attempts are still open when the process dies. A dead server's lease
      // runs out after the timeout plus 30 s; only then may another server send the delivery again.
      const webhooks = { retrySchedule: [20, 40, 80], timeoutMs: 5_000, pollIntervalMs: 25 };
      const first = await spawnServer({ databaseUrl: database.url, config: config(receivers), webhooks });
      running.push(first);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push(await joinAs(first, `interrupted.${i}@example.com`));
      await receiver.until((all) => all.length >= ids.length);
      await running.pop()!.kill();
      const interrupted = receiver.received.map((request) => ({ id: request.id, participant: participantOf(request) }));
      expect(interrupted.map((request) => request.participant).sort()).toEqual([...ids].sort());

      hanging = false;
      const second = await spawnServer({ databaseUrl: database.url, config: config(receivers), webhooks });
      running.push(second);
      await receiver.until((all) => all.length >= ids.length * 2, 60_000);
      const deliveries = await settled(second, 20_000);
      // At least once: each event came a second time, under the webhook-id of the interrupted attempt.
      for (const { id, participant } of interrupted) {
        const copies = receiver.received.filter((request) => request.id === id);
        expect(copies.length).toBeGreaterThanOrEqual(2);
        expect(copies.every((request) => participantOf(request) === participant)).toBe(true);
      }
      // The interrupted attempt never came back to be recorded: each delivery shows the one that was answered.
      const toReceiver = deliveries.filter((delivery) => delivery.endpointId === 'endpoint0');
      expect(toReceiver.map((delivery) => [delivery.status, delivery.attempts.map((a) => a.status)])).toEqual(
        ids.map(() => ['delivered', [204]]),
      );
      // The other endpoint got every event too; an answer the dead server had not recorded yet is sent
      // again, so it may have some twice, always under one webhook-id per event.
      expect([...new Set(other.received.map(participantOf))].sort()).toEqual([...ids].sort());
      const idsOf = (participant: string) =>
        new Set(other.received.filter((request) => participantOf(request) === participant).map((r) => r.id));
      expect(ids.map((participant) => idsOf(participant).size)).toEqual(ids.map(() => 1));
    }, 150_000);
  },
);
