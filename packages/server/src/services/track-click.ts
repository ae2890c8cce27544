import type { ClickResponse, FlagReason } from '@rujuk/protocol';
import { RujukError } from '../errors/rujuk-error.js';
import { isBotUserAgent } from '../fraud/bot-user-agent.js';
import type { ClickInput } from '../validation/click-request.js';
import type { AppContext } from './app-context.js';
import { toClick } from './present.js';

/** Who sent a request, as far as fraud rules care. */
export interface RequestFacts {
  ip: string;
  userAgent: string | null;
}

/**
 * Records a referral click once per click id. Bots, over-limit IPs and the referrer's own visits
 * are stored flagged (never dropped) so they show up in review but not in stats.
 */
export async function trackClick(ctx: AppContext, input: ClickInput, facts: RequestFacts) {
  const referrer = await ctx.referrers.get(ctx.db, input.code);
  if (!referrer) {
    throw new RujukError('unknown_code', `No participant has the referral code "${input.code}"; check the link.`);
  }
  let flagReason: FlagReason | null = null;
  if (input.visitorId && input.visitorId === referrer.visitorId) flagReason = 'self_referral';
  else if (isBotUserAgent(facts.userAgent)) flagReason = 'bot';
  else if (!ctx.limits.clicks.hit(facts.ip).allowed) flagReason = 'rate_limited';
  const { row, created } = await ctx.clicks.write({
    clickId: input.clickId,
    code: referrer.code,
    participantId: referrer.id,
    url: input.url,
    referrer: input.referrer,
    utm: input.utm,
    visitorId: input.visitorId,
    flagReason,
  });
  const response: ClickResponse = { click: toClick(row), duplicate: !created };
  return { response, created };
}
