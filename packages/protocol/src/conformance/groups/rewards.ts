import type { ConversionResponse, RefundResponse } from '../../conversions.js';
import type { RewardGrant } from '../../participants.js';
import type { FulfilResponse } from '../../rewards.js';
import { ensure, expectBody, expectEqual, expectProblem } from '../assert.js';
import type { Context, Member } from '../context.js';
import { qualifyingConversion } from '../qualifying.js';

const MAX_TIER_THRESHOLD = 10;

/** Double-sided rewards, their reversal on refund, and tier progress. */
export async function rewardChecks(context: Context): Promise<void> {
  const { run, http, ids } = context;
  const program = await context.program();
  const referrer = await context.join({ name: 'Rita Rewards' });
  const friend = await context.join({ name: 'Fred Friend', referredBy: referrer.participant.code });
  const body = qualifyingConversion(program, {
    idempotencyKey: ids.idempotencyKey('reward'),
    referral: { code: referrer.participant.code },
    customer: { email: friend.email },
    orderId: `reward-${ids.run}`,
  });
  const post = () => http.call({ path: '/v1/conversions', auth: 'secret', body });
  const grantsOf = async (member: Member, side: RewardGrant['side'], conversionId: string) =>
    (await context.me(member)).rewards.filter((grant) => grant.side === side && grant.conversionId === conversionId);
  let conversionId = '';

  await run.check('a qualifying conversion grants the referrer reward to the referrer', async () => {
    const { conversion } = expectBody<ConversionResponse>(await post(), 201, 'ConversionResponse');
    conversionId = conversion.id;
    expectEqual(conversion.qualifying, true, 'conversion.qualifying');
    const grants = await grantsOf(referrer, 'referrer', conversionId);
    expectEqual(grants.length, 1, 'referrer grants for the conversion');
    ensure(['earned', 'pending'].includes(grants[0]!.status), `the grant is ${grants[0]!.status}`);
    expectEqual(grants[0]!.reward.kind, program.rewards.referrer.kind, 'reward.kind');
  });

  await run.check('a qualifying conversion grants the friend reward to the referred friend', async () => {
    const grants = await grantsOf(friend, 'friend', conversionId);
    expectEqual(grants.length, 1, 'friend grants for the conversion');
    expectEqual(grants[0]!.reward.kind, program.rewards.friend.kind, 'reward.kind');
  });

  await run.check("the referrer's stats and tier progress count the conversion and its revenue", async () => {
    const { stats, tier } = await context.me(referrer);
    expectEqual(stats.conversions, 1, 'stats.conversions');
    const revenue = stats.revenue.find((money) => money.currency === body.currency);
    expectEqual(revenue?.amount, body.amount, `stats.revenue in ${body.currency}`);
    expectEqual(tier.count, 1, 'tier.count');
    if (tier.next) expectEqual(tier.remaining, tier.next.threshold - tier.count, 'tier.remaining');
  });

  await run.check('replaying the conversion grants nothing more', async () => {
    expectBody(await post(), 200, 'ConversionResponse');
    expectEqual((await grantsOf(referrer, 'referrer', conversionId)).length, 1, 'referrer grants');
    expectEqual((await context.me(referrer)).tier.count, 1, 'tier.count');
  });

  await run.check(
    'fulfilling an earned reward shows its code, answers a retry as a duplicate and refuses another',
    async () => {
      const [grant] = await grantsOf(referrer, 'referrer', conversionId);
      ensure(grant?.status === 'earned', `the secret-key conversion's grant is ${grant?.status}, not earned`);
      const fulfilment = {
        code: `CONF-${ids.run}`.slice(0, 200),
        url: 'https://shop.example/redeem',
        note: 'conformance',
      };
      const path = `/v1/rewards/${grant.id}/fulfil`;
      const first = expectBody<FulfilResponse>(
        await http.call({ method: 'POST', path, auth: 'secret', body: fulfilment }),
        200,
        'FulfilResponse',
      );
      expectEqual(first.duplicate, false, 'duplicate');
      expectEqual(first.reward.status, 'fulfilled', 'reward.status');
      expectEqual(first.reward.fulfilment?.code, fulfilment.code, 'reward.fulfilment.code');
      const again = expectBody<FulfilResponse>(
        await http.call({ method: 'POST', path, auth: 'secret', body: fulfilment }),
        200,
        'FulfilResponse',
      );
      expectEqual(again.duplicate, true, 'duplicate on a retry');
      expectProblem(
        await http.call({ method: 'POST', path, auth: 'secret', body: { code: 'ANOTHER' } }),
        409,
        'invalid_state',
      );
      expectProblem(await http.call({ method: 'POST', path, auth: 'secret', body: {} }), 400, 'invalid_request');
      const [shown] = await grantsOf(referrer, 'referrer', conversionId);
      expectEqual(shown?.fulfilment?.url, fulfilment.url, "the participant's view of reward.fulfilment.url");
    },
  );

  await run.check('refunding the conversion reverses both rewards and the progress they made', async () => {
    const reply = await http.call({ method: 'POST', path: `/v1/conversions/${conversionId}/refund`, auth: 'secret' });
    const refund = expectBody<RefundResponse>(reply, 200, 'RefundResponse');
    expectEqual(refund.conversion.status, 'refunded', 'conversion.status');
    const sides = refund.reversed.map((grant) => grant.side).sort();
    ensure(sides.includes('referrer') && sides.includes('friend'), `reversed holds ${sides.join(', ') || 'nothing'}`);
    const [mine] = await grantsOf(referrer, 'referrer', conversionId);
    const [theirs] = await grantsOf(friend, 'friend', conversionId);
    expectEqual(mine?.status, 'reversed', "the referrer's grant");
    expectEqual(theirs?.status, 'reversed', "the friend's grant");
    const { stats, tier } = await context.me(referrer);
    expectEqual(stats.conversions, 0, 'stats.conversions');
    expectEqual(tier.count, 0, 'tier.count');
  });

  await run.check('a qualifying client claim earns its referrer reward once approved', async () => {
    const claimer = await context.join({ name: 'Cleo Claims' });
    const claim = qualifyingConversion(program, {
      idempotencyKey: ids.idempotencyKey('claim'),
      referral: { code: claimer.participant.code },
      customer: { email: ids.email() },
    });
    const posted = await http.call({ path: '/v1/conversions', body: claim });
    const { conversion } = expectBody<ConversionResponse>(posted, 201, 'ConversionResponse');
    const before = await grantsOf(claimer, 'referrer', conversion.id);
    const expected = conversion.status === 'approved' ? 'earned' : 'pending';
    ensure(
      before.every((grant) => grant.status === expected),
      `a ${conversion.status} claim has ${before.map((grant) => grant.status).join(', ')} grants`,
    );
    const approved = await http.call({
      method: 'POST',
      path: `/v1/conversions/${conversion.id}/approve`,
      auth: 'secret',
    });
    expectBody(approved, 200, 'ConversionResponse');
    const after = await grantsOf(claimer, 'referrer', conversion.id);
    expectEqual(after.map((grant) => grant.status).join(), 'earned', 'referrer grants after approval');
  });

  const [tier] = program.tiers;
  if (tier && tier.threshold <= MAX_TIER_THRESHOLD) {
    await run.check(
      `reaching ${tier.threshold} qualifying conversions unlocks the "${tier.name}" tier and its reward`,
      async () => {
        const climber = await context.join({ name: 'Tia Tiers' });
        for (let i = 0; i < tier.threshold; i++) {
          const step = qualifyingConversion(program, {
            idempotencyKey: ids.idempotencyKey('tier'),
            referral: { code: climber.participant.code },
            customer: { email: ids.email() },
          });
          const reply = await http.call({ path: '/v1/conversions', auth: 'secret', body: step });
          expectBody(reply, 201, 'ConversionResponse');
        }
        const view = await context.me(climber);
        expectEqual(view.tier.count, tier.threshold, 'tier.count');
        expectEqual(view.tier.current?.id, tier.id, 'tier.current.id');
        expectEqual(view.tier.next?.id ?? null, program.tiers[1]?.id ?? null, 'tier.next.id');
        ensure(
          view.rewards.some((grant) => grant.tierId === tier.id),
          `no grant carries tierId ${tier.id}`,
        );
      },
    );
  }
}
