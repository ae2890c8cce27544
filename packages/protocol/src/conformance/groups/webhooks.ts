import type { Conversion, ConversionResponse, RefundResponse } from '../../conversions.js';
import type { JoinResponse, RewardGrant } from '../../participants.js';
import type { FulfilResponse } from '../../rewards.js';
import {
  WEBHOOK_EVENT_TYPES,
  type WebhookDelivery,
  type WebhookDeliveryPage,
  type WebhookEndpointCreated,
  type WebhookEvent,
  type WebhookEventData,
  type WebhookEventType,
} from '../../webhooks.js';
import { ensure, expectBody, expectEqual, expectStatus } from '../assert.js';
import type { Context } from '../context.js';
import { qualifyingConversion } from '../qualifying.js';
import { deliveryProblems } from '../webhooks/delivery-problems.js';
import { type Delivered, startWebhookReceiver } from '../webhooks/receiver.js';

function parsed(request: Delivered): WebhookEvent | undefined {
  try {
    return JSON.parse(request.body) as WebhookEvent;
  } catch {
    return undefined;
  }
}

const idOf = (request: Delivered) => String(request.headers['webhook-id'] ?? '');

/**
 * Optional: webhooks received on a local endpoint registered through the API: Standard Webhooks
 * headers and signature, payloads against the schemas, retries with a stable `webhook-id`, the
 * recorded attempts, and replay.
 */
export async function webhookChecks(context: Context): Promise<void> {
  const { run, http, ids } = context;
  const settings = http.settings.webhooks;
  ensure(settings, 'the webhooks group runs only with the webhooks option');
  const receiver = await startWebhookReceiver();
  let endpointId = '';
  let secret = '';
  const secretCall = (method: string, path: string, body?: unknown) =>
    http.call({ method, path, auth: 'secret', ...(body === undefined ? {} : { body }) });

  /** Waits for the event of `type` whose data `match` accepts; fails the check if it does not come. */
  async function arrival<T extends WebhookEventType>(
    type: T,
    match: (data: WebhookEventData[T]) => boolean,
    what: string,
  ): Promise<Delivered> {
    const find = (all: Delivered[]) =>
      all.find((request) => {
        const event = parsed(request);
        return event?.type === type && match(event.data as WebhookEventData[T]);
      });
    await receiver.until((all) => find(all) !== undefined, settings!.retryWithinMs);
    const request = find(receiver.received);
    ensure(request, `no ${type} ${what} arrived within ${settings!.retryWithinMs} ms`);
    const problems = deliveryProblems(request, secret);
    ensure(problems.length === 0, `the ${type} delivery ${problems.slice(0, 3).join('; ')}`);
    return request;
  }

  try {
    const created = await run.check(
      "POST /v1/webhook-endpoints registers the suite's receiver for every event type and answers its whsec_ secret",
      async () => {
        const reply = await secretCall('POST', '/v1/webhook-endpoints', {
          url: receiver.url,
          events: [...WEBHOOK_EVENT_TYPES],
          description: `rujuk-conformance ${ids.run}`,
        });
        const answer = expectBody<WebhookEndpointCreated>(reply, 201, 'WebhookEndpointCreated');
        endpointId = answer.endpoint.id;
        secret = answer.secret;
        ensure(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/.test(secret), `the secret "${secret}" is not whsec_ + base64`);
        expectEqual(answer.endpoint.url, receiver.url, 'endpoint.url');
        expectEqual(answer.endpoint.enabled, true, 'endpoint.enabled');
      },
    );
    if (!created) return;

    const program = await context.program();
    const referrer = await context.join({ name: 'Wendy Webhooks' });
    await run.check('a join sends participant.created, signed, with the participant and their email', async () => {
      const request = await arrival(
        'participant.created',
        (data) => data.participant.id === referrer.participant.id,
        'for the join',
      );
      const event = parsed(request) as Extract<WebhookEvent, { type: 'participant.created' }>;
      expectEqual(event.data.participant.email, referrer.email, 'data.participant.email');
    });

    let claim: Conversion | undefined;
    await run.check('a conversion sends conversion.created with the conversion', async () => {
      const body = qualifyingConversion(program, {
        idempotencyKey: ids.idempotencyKey('webhook'),
        referral: { code: referrer.participant.code },
        customer: { email: ids.email() },
      });
      const reply = await http.call({ path: '/v1/conversions', body });
      claim = expectBody<ConversionResponse>(reply, 201, 'ConversionResponse').conversion;
      await arrival('conversion.created', (data) => data.conversion.id === claim!.id, `for ${claim.id}`);
    });
    if (!claim) return;
    const conversionId = claim.id;

    if (claim.status === 'pending') {
      await run.check('approving a pending conversion sends conversion.approved', async () => {
        const reply = await secretCall('POST', `/v1/conversions/${conversionId}/approve`, {});
        expectBody<ConversionResponse>(reply, 200, 'ConversionResponse');
        await arrival(
          'conversion.approved',
          (data) => data.conversion.id === conversionId && data.conversion.status === 'approved',
          `for ${conversionId}`,
        );
      });
    }

    let grant: RewardGrant | undefined;
    await run.check('an earned reward sends reward.earned with the reward and its receiver', async () => {
      grant = (await context.me(referrer)).rewards.find(
        (candidate) => candidate.conversionId === conversionId && candidate.side === 'referrer',
      );
      ensure(
        grant?.status === 'earned',
        `the referrer's grant for the approved conversion is ${grant?.status ?? 'missing'}`,
      );
      await arrival(
        'reward.earned',
        (data) => data.reward.id === grant!.id && data.participant?.id === referrer.participant.id,
        `for grant ${grant.id} to the referrer`,
      );
    });

    if (grant) {
      const grantId = grant.id;
      await run.check('fulfilling the reward sends reward.fulfilled with its fulfilment', async () => {
        const code = `HOOK-${ids.run}`;
        const reply = await secretCall('POST', `/v1/rewards/${grantId}/fulfil`, { code });
        expectBody<FulfilResponse>(reply, 200, 'FulfilResponse');
        await arrival(
          'reward.fulfilled',
          (data) => data.reward.id === grantId && data.reward.fulfilment?.code === code,
          `for grant ${grantId} with code ${code}`,
        );
      });
    }

    await run.check('refunding the conversion sends conversion.refunded and reward.reversed', async () => {
      const reply = await secretCall('POST', `/v1/conversions/${conversionId}/refund`, {});
      expectBody<RefundResponse>(reply, 200, 'RefundResponse');
      await arrival(
        'conversion.refunded',
        (data) => data.conversion.id === conversionId && data.conversion.status === 'refunded',
        `for ${conversionId}`,
      );
      if (grant) await arrival('reward.reversed', (data) => data.reward.id === grant!.id, `for grant ${grant.id}`);
    });

    // The retried event: the receiver fails its first attempts, then accepts it.
    const email = ids.email();
    let failuresLeft = settings.failures;
    const isRetried = (request: Pick<Delivered, 'body'>) => {
      const event = parsed(request as Delivered);
      return event?.type === 'participant.created' && event.data.participant.email === email;
    };
    receiver.answer = (request) => (isRetried(request) && failuresLeft-- > 0 ? 500 : 204);
    const attemptsOf = () => receiver.received.filter(isRetried);
    let eventId = '';
    const failures = settings.failures;

    await run.check(
      `a delivery answered 500 ${failures} time(s) is retried, signed anew, with the same webhook-id, until it answers 2xx`,
      async () => {
        const reply = await http.call({ path: '/v1/participants', body: { email } });
        expectBody<JoinResponse>(reply, 201, 'JoinResponse');
        const within = (failures + 1) * settings.retryWithinMs;
        const came = await receiver.until(() => attemptsOf().length >= failures + 1, within);
        const attempts = attemptsOf();
        ensure(came, `the receiver got ${attempts.length} attempt(s) in ${within} ms, expected ${failures + 1}`);
        eventId = idOf(attempts[0]!);
        const seen = [...new Set(attempts.map(idOf))];
        ensure(seen.length === 1, `the attempts carried different webhook-ids: ${seen.join(', ')}`);
        for (const attempt of attempts) {
          const problems = deliveryProblems(attempt, secret);
          ensure(problems.length === 0, `a retry ${problems.slice(0, 3).join('; ')}`);
        }
      },
    );

    let delivery: WebhookDelivery | undefined;
    await run.check(
      'GET /v1/webhook-deliveries?eventId= lists the delivery with every attempt, its status and latency',
      async () => {
        ensure(eventId, 'no retried event to look up');
        delivery = await settledDelivery(context, eventId, endpointId, failures + 1, settings.retryWithinMs);
        expectEqual(delivery.status, 'delivered', 'delivery.status');
        expectEqual(delivery.eventType, 'participant.created', 'delivery.eventType');
        const statuses = delivery.attempts.map((attempt) => attempt.status);
        const expected = [...Array<number>(failures).fill(500), 204];
        ensure(
          statuses.join() === expected.join(),
          `the attempts' statuses are [${statuses.join(', ')}], expected [${expected.join(', ')}]`,
        );
        ensure(
          delivery.attempts.every((attempt) => Number.isInteger(attempt.latencyMs) && attempt.latencyMs >= 0),
          'an attempt has no latencyMs of zero or more',
        );
        ensure(
          delivery.attempts.slice(0, -1).every((attempt) => attempt.error !== null),
          'a failed attempt has no error',
        );
        expectEqual(delivery.attempts.at(-1)?.error, null, 'the successful attempt’s error');
        expectEqual(
          (delivery.payload as { data: { participant: { email?: string } } }).data.participant.email,
          email,
          'payload.data.participant.email',
        );
      },
    );

    await run.check(
      'POST /v1/webhook-deliveries/{id}/replay sends the event again with the same webhook-id',
      async () => {
        ensure(delivery, 'no delivery to replay');
        const reply = await secretCall('POST', `/v1/webhook-deliveries/${delivery.id}/replay`);
        const replayed = expectBody<WebhookDelivery>(reply, 200, 'WebhookDelivery');
        expectEqual(replayed.id, delivery.id, 'delivery.id');
        const came = await receiver.until(() => attemptsOf().length >= failures + 2, settings.retryWithinMs);
        ensure(came, `the replay did not arrive within ${settings.retryWithinMs} ms`);
        const again = attemptsOf().at(-1)!;
        expectEqual(idOf(again), eventId, 'the replay’s webhook-id');
        const problems = deliveryProblems(again, secret);
        ensure(problems.length === 0, `the replay ${problems.slice(0, 3).join('; ')}`);
        const listed = await settledDelivery(context, eventId, endpointId, failures + 2, settings.retryWithinMs);
        expectEqual(listed.status, 'delivered', 'delivery.status after the replay');
      },
    );

    await run.check(
      'every request carried Standard Webhooks headers, a valid signature, a fresh timestamp and a conforming payload',
      () => {
        ensure(receiver.received.length > 0, 'the receiver got nothing');
        const bodies = new Map<string, string>();
        for (const request of receiver.received) {
          const problems = deliveryProblems(request, secret);
          ensure(problems.length === 0, `a ${parsed(request)?.type ?? 'request'} ${problems.slice(0, 3).join('; ')}`);
          const earlier = bodies.get(idOf(request));
          ensure(earlier === undefined || earlier === request.body, `webhook-id ${idOf(request)} came with two bodies`);
          bodies.set(idOf(request), request.body);
        }
      },
    );

    await run.check('DELETE /v1/webhook-endpoints/{id} removes the endpoint (204)', async () => {
      expectStatus(await secretCall('DELETE', `/v1/webhook-endpoints/${endpointId}`), 204);
      endpointId = '';
    });
  } finally {
    // An endpoint left behind would point at a closed port and fail every later event.
    if (endpointId) await secretCall('DELETE', `/v1/webhook-endpoints/${endpointId}`).catch(() => undefined);
    await receiver.close();
  }
}

/** Polls the delivery of `eventId` to the endpoint until it is settled with `attempts` attempts, or fails. */
async function settledDelivery(
  context: Context,
  eventId: string,
  endpointId: string,
  attempts: number,
  withinMs: number,
): Promise<WebhookDelivery> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const reply = await context.http.call({
      path: '/v1/webhook-deliveries',
      auth: 'secret',
      query: { eventId, endpointId },
    });
    const page = expectBody<WebhookDeliveryPage>(reply, 200, 'WebhookDeliveryPage');
    ensure(page.items.length === 1, `${reply.label} listed ${page.items.length} deliveries, expected 1`);
    const delivery = page.items[0]!;
    expectEqual(delivery.eventId, eventId, 'delivery.eventId');
    expectEqual(delivery.endpointId, endpointId, 'delivery.endpointId');
    if (delivery.status !== 'pending' && delivery.attempts.length >= attempts) return delivery;
    ensure(
      Date.now() < deadline,
      `the delivery is ${delivery.status} with ${delivery.attempts.length} attempt(s) after ${withinMs} ms, expected ${attempts}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
