import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, type TestApp, testApp, uniqueEmail } from '../test-support/test-app.js';
import { type Receiver, startReceiver } from '../test-support/webhook-receiver.js';
import { signPayload } from './sign-payload.js';

const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const FAST = { retrySchedule: [20, 40, 80], timeoutMs: 300, pollIntervalMs: 25 };

for (const { name, url } of databases) {
  describe(`webhooks and reward fulfilment (${name})`, () => {
    let receiver: Receiver;
    let app: TestApp;

    beforeAll(async () => {
      receiver = await startReceiver();
      app = await testApp(
        url,
        {
          rewards: { referrer: { kind: 'credit', amount: 1000, currency: 'USD' } },
          tiers: [{ name: 'Silver', threshold: 2, reward: { kind: 'credit', amount: 2500, currency: 'USD' } }],
          conversions: { clientClaims: 'hold' },
          webhooks: [{ id: 'shop', url: receiver.url, secret: SECRET, events: ['reward.earned', 'reward.fulfilled'] }],
        },
        false,
        FAST,
      );
    }, 120_000);
    afterAll(async () => {
      await app.close();
      await receiver.close();
    });

    async function referrerWithPurchase() {
      const joined = await app.call('POST', '/v1/participants', { body: { email: uniqueEmail('anna') } });
      const order = `o_${Math.random().toString(36).slice(2)}`;
      const conversion = await app.call('POST', '/v1/conversions', {
        key: 'sk',
        body: {
          event: 'purchase',
          idempotencyKey: order,
          orderId: order,
          amount: 5000,
          currency: 'USD',
          referral: { code: joined.body.participant.code },
          customer: { email: uniqueEmail('friend') },
        },
      });
      return { joined, conversion };
    }

    it('sends reward.earned signed per Standard Webhooks, with the receiver and the reward', async () => {
      receiver.answer = () => 204;
      const { joined } = await referrerWithPurchase();
      const [got] = (
        await receiver.until((all) => all.some((r) => r.body.includes(joined.body.participant.id)))
      ).filter((r) => r.body.includes(joined.body.participant.id));
      expect(got!.signature).toBe(signPayload(SECRET, got!.id, Number(got!.timestamp), got!.body));
      // The reference library of the specification accepts what the server sends.
      const headers = {
        'webhook-id': got!.id,
        'webhook-timestamp': got!.timestamp,
        'webhook-signature': got!.signature,
      };
      expect(new Webhook(SECRET).verify(got!.body, headers)).toEqual(JSON.parse(got!.body));
      expect(Math.abs(Number(got!.timestamp) - Date.now() / 1000)).toBeLessThan(30);
      const event = JSON.parse(got!.body);
      expect(event).toMatchObject({
        type: 'reward.earned',
        data: {
          reward: { side: 'referrer', status: 'earned', fulfilment: null, reward: { amount: 1000 } },
          participant: { id: joined.body.participant.id, email: joined.body.participant.email },
          customerEmail: null,
        },
      });
      expect(got!.id).toMatch(/^msg_/);
    });

    it('retries an endpoint answering 500 until it answers 2xx, recording every attempt', async () => {
      let failures = 0;
      receiver.answer = (request) => (request.body.includes('"reward.earned"') && failures++ < 2 ? 500 : 204);
      const { joined } = await referrerWithPurchase();
      const mine = (all: Receiver['received']) => all.filter((r) => r.body.includes(joined.body.participant.id));
      await receiver.until((all) => mine(all).length === 3);
      const ids = new Set(mine(receiver.received).map((r) => r.id));
      expect(ids.size).toBe(1);
      const eventId = [...ids][0];
      const list = await waitForDelivery(app, eventId!, 'delivered');
      expect(list.attempts.map((a: { status: number }) => a.status)).toEqual([500, 500, 204]);
      expect(list.attempts[0].error).toBe('HTTP 500');
      expect(list.attempts.every((a: { latencyMs: number }) => a.latencyMs >= 0)).toBe(true);
    });

    it('retries an attempt that times out', async () => {
      let first = true;
      receiver.answer = (request) => {
        if (!request.body.includes('"reward.earned"') || !first) return 204;
        first = false;
        return 'hang';
      };
      const { joined } = await referrerWithPurchase();
      const mine = (all: Receiver['received']) => all.filter((r) => r.body.includes(joined.body.participant.id));
      await receiver.until((all) => mine(all).length === 2);
      const delivery = await waitForDelivery(app, mine(receiver.received)[0]!.id, 'delivered');
      expect(delivery.attempts[0]).toMatchObject({ status: null, error: 'timed out after 300 ms' });
    });

    it('fulfils an earned reward once, sends reward.fulfilled and shows it to the participant', async () => {
      receiver.answer = () => 204;
      const { joined } = await referrerWithPurchase();
      const me = await app.call('GET', '/v1/participants/me', { headers: { 'x-rujuk-token': joined.body.token } });
      const reward = me.body.rewards[0];
      const body = { code: 'CREDIT-7QX2', url: 'https://shop.example/redeem?code=CREDIT-7QX2', note: 'Valid a year' };
      const first = await app.call('POST', `/v1/rewards/${reward.id}/fulfil`, { key: 'sk', body });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ duplicate: false, reward: { id: reward.id, status: 'fulfilled' } });
      expect(first.body.reward.fulfilment).toMatchObject({ ...body, fulfilledAt: expect.any(String) });
      const again = await app.call('POST', `/v1/rewards/${reward.id}/fulfil`, { key: 'sk', body });
      expect(again.body).toMatchObject({ duplicate: true, reward: first.body.reward });
      const other = await app.call('POST', `/v1/rewards/${reward.id}/fulfil`, { key: 'sk', body: { code: 'OTHER' } });
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('invalid_state');
      const view = await app.call('GET', '/v1/participants/me', { headers: { 'x-rujuk-token': joined.body.token } });
      expect(view.body.rewards[0]).toEqual(first.body.reward);
      const fulfilled = await receiver.until((all) =>
        all.some((r) => r.type === 'reward.fulfilled' && r.body.includes(reward.id)),
      );
      const events = fulfilled.filter((r) => r.type === 'reward.fulfilled' && r.body.includes(reward.id));
      expect(events).toHaveLength(1);
      expect(JSON.parse(events[0]!.body).data.reward.fulfilment.code).toBe('CREDIT-7QX2');
    });

    it('refuses to fulfil a pending, unknown or publishable-key reward and an empty fulfilment', async () => {
      const joined = await app.call('POST', '/v1/participants', { body: { email: uniqueEmail('held') } });
      await app.call('POST', '/v1/conversions', {
        body: {
          event: 'purchase',
          idempotencyKey: `claim_${joined.body.participant.code}`,
          amount: 5000,
          currency: 'USD',
          referral: { code: joined.body.participant.code },
          customer: { email: uniqueEmail('f') },
        },
      });
      const me = await app.call('GET', '/v1/participants/me', { headers: { 'x-rujuk-token': joined.body.token } });
      const pending = me.body.rewards[0];
      expect(pending.status).toBe('pending');
      const held = await app.call('POST', `/v1/rewards/${pending.id}/fulfil`, { key: 'sk', body: { code: 'X' } });
      expect([held.status, held.body.code]).toEqual([409, 'invalid_state']);
      const unknown = await app.call('POST', '/v1/rewards/grt_nope/fulfil', { key: 'sk', body: { code: 'X' } });
      expect([unknown.status, unknown.body.code]).toEqual([404, 'not_found']);
      const publishable = await app.call('POST', `/v1/rewards/${pending.id}/fulfil`, { body: { code: 'X' } });
      expect(publishable.status).toBe(403);
      const empty = await app.call('POST', `/v1/rewards/${pending.id}/fulfil`, { key: 'sk', body: {} });
      expect([empty.status, empty.body.code]).toEqual([400, 'invalid_request']);
      const badUrl = await app.call('POST', `/v1/rewards/${pending.id}/fulfil`, {
        key: 'sk',
        body: { url: 'ftp://x' },
      });
      expect(badUrl.body.errors).toEqual([{ path: '/url', message: expect.stringContaining('http(s) URL') }]);
    });

    it('disables an endpoint that fails the whole schedule, says why, and delivers again after a replay', {
      timeout: 30_000,
    }, async () => {
      const down = await startReceiver();
      down.answer = () => 503;
      const created = await app.call('POST', '/v1/webhook-endpoints', {
        key: 'sk',
        body: { url: down.url, events: ['participant.created'], description: 'flaky' },
      });
      expect(created.status).toBe(201);
      expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      const endpointId = created.body.endpoint.id;
      const joined = await app.call('POST', '/v1/participants', { body: { email: uniqueEmail('zed') } });
      await down.until((all) => all.length === 4);
      const endpoint = await waitFor(async () => {
        const answer = await app.call('GET', `/v1/webhook-endpoints/${endpointId}`, { key: 'sk' });
        return answer.body.enabled === false ? answer.body : null;
      });
      expect(endpoint.disabledReason).toMatch(/failed for the whole retry schedule/);
      const failed = await app.call('GET', `/v1/webhook-deliveries?endpointId=${endpointId}&status=failed`, {
        key: 'sk',
      });
      expect(failed.body.items).toHaveLength(1);
      expect(failed.body.items[0].payload.data.participant.id).toBe(joined.body.participant.id);
      expect(failed.body.items[0].attempts).toHaveLength(4);

      down.answer = () => 200;
      await app.call('PATCH', `/v1/webhook-endpoints/${endpointId}`, { key: 'sk', body: { enabled: true } });
      const replayed = await app.call('POST', `/v1/webhook-deliveries/${failed.body.items[0].id}/replay`, {
        key: 'sk',
      });
      expect(replayed.body.status).toBe('pending');
      await down.until((all) => all.length === 5);
      expect(new Set(down.received.map((r) => r.id)).size).toBe(1);
      const removed = await app.call('DELETE', `/v1/webhook-endpoints/${endpointId}`, { key: 'sk' });
      expect(removed.status).toBe(204);
      const config = await app.call('DELETE', '/v1/webhook-endpoints/shop', { key: 'sk' });
      expect([config.status, config.body.code]).toEqual([409, 'invalid_state']);
      await down.close();
    });

    // Only PostgreSQL runs two transactions at once; the embedded database queues them.
    it.skipIf(name !== 'postgres')(
      'deletes an endpoint while an attempt on it is finishing, without a deadlock',
      { timeout: 30_000 },
      async () => {
        const slow = await startReceiver();
        slow.answer = () => 'hang';
        const created = await app.call('POST', '/v1/webhook-endpoints', {
          key: 'sk',
          body: { url: slow.url, events: ['participant.created'] },
        });
        const endpointId: string = created.body.endpoint.id;
        await app.call('POST', '/v1/participants', { body: { email: uniqueEmail('lock') } });
        await slow.until((all) => all.length === 1);
        let deleting: Promise<{ status: number }> | undefined;
        // Holds the locks a finishing attempt takes, in its order: the delivery, then the endpoint.
        await app.ctx.db.transaction(async (tx) => {
          await tx.query('UPDATE webhook_deliveries SET tries = tries WHERE endpoint_id = $1', [endpointId]);
          deleting = app.call('DELETE', `/v1/webhook-endpoints/${endpointId}`, { key: 'sk' });
          await waitFor(async () => {
            const rows = await app.ctx.db.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            );
            return rows[0]!.n > 0 ? true : null;
          });
          await tx.query('UPDATE webhook_endpoints SET failing_since = failing_since WHERE id = $1', [endpointId]);
        });
        expect((await deleting!).status).toBe(204);
        await slow.close();
      },
    );

    it('refuses endpoints with an unknown event or a URL that is not http(s)', async () => {
      const answer = await app.call('POST', '/v1/webhook-endpoints', {
        key: 'sk',
        body: { url: 'file:///etc/passwd', events: ['reward.earned', 'reward.lost'] },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual(['/url', '/events/1']);
    });
  });
}

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function waitForDelivery(app: TestApp, eventId: string, status: string) {
  return waitFor(async () => {
    const list = await app.call('GET', `/v1/webhook-deliveries?eventId=${eventId}`, { key: 'sk' });
    const delivery = list.body.items[0];
    return delivery?.status === status ? delivery : null;
  });
}
