import type { JoinResponse } from '../../participants.js';
import { ensure, expectBody, expectEqual } from '../assert.js';
import type { Context } from '../context.js';
import type { Reply } from '../http.js';

const PARALLEL = 10;

function expectOneCreation(replies: Reply[], entity: (json: unknown) => string): void {
  const created = replies.filter((reply) => reply.status === 201).length;
  const failed = replies.filter((reply) => reply.status !== 200 && reply.status !== 201);
  ensure(
    failed.length === 0,
    `${failed.length} of ${replies.length} answered ${failed[0]?.status}: ${failed[0]?.text}`,
  );
  expectEqual(created, 1, `201 answers among ${replies.length} identical concurrent posts`);
  const distinct = new Set(replies.map((reply) => entity(reply.json)));
  expectEqual(distinct.size, 1, 'distinct records returned');
}

/** The same request many times at once still makes exactly one record. */
export async function idempotencyChecks(context: Context): Promise<void> {
  const { run, http, ids } = context;
  const referrer = await context.join();
  const { code } = referrer.participant;
  const many = (send: () => Promise<Reply>) => Promise.all(Array.from({ length: PARALLEL }, send));

  await run.check(`${PARALLEL} concurrent posts of one click id store one click and answer one 201`, async () => {
    const clickId = ids.clickId();
    const replies = await many(() => http.call({ path: '/v1/clicks', body: { code, clickId } }));
    for (const reply of replies) expectBody(reply, [200, 201], 'ClickResponse');
    expectOneCreation(replies, (json) => (json as { click: { id: string } }).click.id);
    expectEqual(await context.count('/v1/clicks', { clickId }), 1, 'clicks listed for the click id');
  });

  await run.check(
    `${PARALLEL} concurrent posts of one conversion store one conversion and answer one 201`,
    async () => {
      const body = {
        event: 'purchase',
        idempotencyKey: ids.idempotencyKey('race'),
        referral: { code },
        customer: { email: ids.email() },
        amount: 2500,
        currency: 'USD',
      };
      const replies = await many(() => http.call({ path: '/v1/conversions', auth: 'secret', body }));
      for (const reply of replies) expectBody(reply, [200, 201], 'ConversionResponse');
      expectOneCreation(replies, (json) => (json as { conversion: { id: string } }).conversion.id);
      const count = await context.count('/v1/conversions', { idempotencyKey: body.idempotencyKey });
      expectEqual(count, 1, 'conversions listed for the key');
    },
  );

  await run.check(
    "a browser claim sent first under the shop's idempotency key never blocks or redirects the shop's report",
    async () => {
      const squatter = await context.join();
      const idempotencyKey = ids.idempotencyKey('squat');
      const fact = {
        event: 'purchase',
        idempotencyKey,
        orderId: idempotencyKey,
        referral: { code },
        customer: { email: ids.email() },
        amount: 2500,
        currency: 'USD',
      };
      const claim = { ...fact, referral: { code: squatter.participant.code }, amount: 9900 };
      expectBody(await http.call({ path: '/v1/conversions', body: claim }), 201, 'ConversionResponse');
      const reply = await http.call({ path: '/v1/conversions', auth: 'secret', body: fact });
      const stored = expectBody<{ conversion: { source: string; referrerCode: string | null; amount: number | null } }>(
        reply,
        201,
        'ConversionResponse',
      );
      expectEqual(stored.conversion.source, 'server', 'source of the report');
      expectEqual(stored.conversion.referrerCode, code, 'referrer of the report');
      expectEqual(stored.conversion.amount, 2500, 'amount of the report');
      const mine = await context.me(squatter);
      expectEqual(mine.stats.conversions, 0, "the claim's referrer's counted conversions");
    },
  );

  await run.check(`${PARALLEL} concurrent joins with one email create one participant`, async () => {
    const email = ids.email();
    const replies = await many(() => http.call({ path: '/v1/participants', body: { email } }));
    for (const reply of replies) expectBody(reply, [200, 201], 'JoinResponse');
    expectOneCreation(replies, (json) => (json as { participant: { id: string } }).participant.id);
    expectEqual(await context.count('/v1/participants', { email }), 1, 'participants listed for the email');
  });

  await run.check(
    `${PARALLEL} concurrent joins with one idempotencyKey create one participant and each answer signs it in`,
    async () => {
      // A retry sent while the first attempt is still running must wait for it, not find the email joined.
      const body = { email: ids.email(), idempotencyKey: ids.idempotencyKey('join-race') };
      const replies = await many(() => http.call({ path: '/v1/participants', body }));
      const answers = replies.map((reply) => expectBody<JoinResponse>(reply, 201, 'JoinResponse'));
      expectEqual(new Set(answers.map((answer) => answer.participant.id)).size, 1, 'distinct participants returned');
      const tokenless = answers.filter((answer) => !answer.token?.startsWith('pt_')).length;
      expectEqual(tokenless, 0, `answers without a token among ${replies.length}`);
      expectEqual(await context.count('/v1/participants', { email: body.email }), 1, 'participants listed');
    },
  );
}
