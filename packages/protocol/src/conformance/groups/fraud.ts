import type { ClickResponse } from '../../clicks.js';
import type { ConversionResponse } from '../../conversions.js';
import { expectBody, expectEqual } from '../assert.js';
import type { Context } from '../context.js';
import { qualifyingConversion } from '../qualifying.js';

const CRAWLER = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** Fraud rules keep suspicious records, flagged with a reason, and let them earn nothing. */
export async function fraudChecks(context: Context): Promise<void> {
  const { run, http, ids } = context;
  const program = await context.program();
  const referrer = await context.join({ name: 'Flo Fraud' });
  const { code } = referrer.participant;

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
    "a conversion by the referrer's own email is kept, flagged 'self_referral', and earns nothing",
    async () => {
      const body = qualifyingConversion(program, {
        idempotencyKey: ids.idempotencyKey('self'),
        referral: { code },
        customer: { email: referrer.email },
      });
      const reply = await http.call({ path: '/v1/conversions', auth: 'secret', body });
      const { conversion } = expectBody<ConversionResponse>(reply, 201, 'ConversionResponse');
      expectEqual(conversion.status, 'flagged', 'conversion.status');
      expectEqual(conversion.flagReason, 'self_referral', 'conversion.flagReason');
      const view = await context.me(referrer);
      const earned = view.rewards.filter((grant) => grant.conversionId === conversion.id && grant.status === 'earned');
      expectEqual(earned.length, 0, 'earned grants for the flagged conversion');
    },
  );
}
