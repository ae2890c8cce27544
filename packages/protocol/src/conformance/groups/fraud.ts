import type { ClickResponse } from '../../clicks.js';
import type { ConversionResponse } from '../../conversions.js';
import type { JoinResponse } from '../../participants.js';
import { ensure, expectBody, expectEqual } from '../assert.js';
import type { Context, Member } from '../context.js';
import { qualifyingConversion } from '../qualifying.js';

const CRAWLER = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** Fraud rules keep suspicious records, flagged with a reason, and let them earn nothing until approved. */
export async function fraudChecks(context: Context): Promise<void> {
  const { run, http, ids } = context;
  const program = await context.program();
  const visitorId = ids.visitorId();
  const email = ids.email();
  const joined = expectBody<JoinResponse>(
    await http.call({ path: '/v1/participants', body: { email, name: 'Flo Fraud', visitorId } }),
    201,
    'JoinResponse',
  );
  const referrer: Member = { email, token: joined.token ?? '', participant: joined.participant };
  const { code } = referrer.participant;
  const convert = async (fields: object) => {
    const body = qualifyingConversion(program, { idempotencyKey: ids.idempotencyKey('fraud'), ...fields });
    const reply = await http.call({ path: '/v1/conversions', auth: 'secret', body });
    return expectBody<ConversionResponse>(reply, 201, 'ConversionResponse').conversion;
  };
  let selfReferralId = '';

  await run.check("a click from a crawler is kept, flagged 'bot', and not counted", async () => {
    const reply = await http.call({
      path: '/v1/clicks',
      body: { code, clickId: ids.clickId() },
      headers: { 'user-agent': CRAWLER },
    });
    const { click } = expectBody<ClickResponse>(reply, 201, 'ClickResponse');
    expectEqual(click.flagged, true, 'click.flagged');
    expectEqual(click.flagReason, 'bot', 'click.flagReason');
    expectEqual((await context.me(referrer)).stats.clicks, 0, 'stats.clicks');
  });

  await run.check(
    "a click on one's own link (same visitor id) is kept, flagged 'self_referral', and not counted",
    async () => {
      const reply = await http.call({ path: '/v1/clicks', body: { code, clickId: ids.clickId(), visitorId } });
      const { click } = expectBody<ClickResponse>(reply, 201, 'ClickResponse');
      expectEqual(click.flagReason, 'self_referral', 'click.flagReason');
      expectEqual((await context.me(referrer)).stats.clicks, 0, 'stats.clicks');
    },
  );

  await run.check(
    "a conversion by the referrer's own email is kept, flagged 'self_referral', and earns nothing",
    async () => {
      const conversion = await convert({ referral: { code }, customer: { email: referrer.email } });
      selfReferralId = conversion.id;
      expectEqual(conversion.status, 'flagged', 'conversion.status');
      expectEqual(conversion.flagReason, 'self_referral', 'conversion.flagReason');
      const view = await context.me(referrer);
      const earned = view.rewards.filter((grant) => grant.conversionId === conversion.id && grant.status === 'earned');
      expectEqual(earned.length, 0, 'earned grants for the flagged conversion');
      expectEqual(view.stats.conversions, 0, 'stats.conversions');
    },
  );

  await run.check("a conversion from the referrer's own visitor id is flagged 'self_referral'", async () => {
    const conversion = await convert({ referral: { code }, customer: { email: ids.email() }, visitorId });
    expectEqual(conversion.flagReason, 'self_referral', 'conversion.flagReason');
  });

  await run.check('approving a flagged conversion releases its referrer reward', async () => {
    ensure(selfReferralId, 'no flagged conversion was stored');
    const reply = await http.call({
      method: 'POST',
      path: `/v1/conversions/${selfReferralId}/approve`,
      auth: 'secret',
    });
    const { conversion } = expectBody<ConversionResponse>(reply, 200, 'ConversionResponse');
    expectEqual(conversion.status, 'approved', 'conversion.status');
    const grants = (await context.me(referrer)).rewards.filter(
      (grant) => grant.conversionId === selfReferralId && grant.side === 'referrer',
    );
    expectEqual(grants.map((grant) => grant.status).join(), 'earned', 'referrer grants of the approved conversion');
  });
}
