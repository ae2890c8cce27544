import type { AppContext } from '../services/app-context.js';
import { join } from '../services/join.js';
import { reportConversion } from '../services/report-conversion.js';
import { trackClick } from '../services/track-click.js';
import { insertParticipant, participantByEmail } from '../store/participants.js';
import { demoClicks, demoFriends, demoParticipants, demoPurchases } from './demo-data.js';

const FACTS = { ip: 'seed', userAgent: 'rujuk-server seed' };
const NO_IDENTITY = { token: null, email: null, signature: null };

/** What seeding stored (counts include records that already existed). */
export interface SeedSummary {
  participants: number;
  clicks: number;
  conversions: number;
}

/**
 * Loads demo participants (fixed codes such as `ANNA42`), clicks and purchases through the same
 * paths real requests take. Every record has a fixed key, so seeding twice changes nothing.
 */
export async function seedDemo(ctx: AppContext): Promise<SeedSummary> {
  for (const person of demoParticipants) {
    if (await participantByEmail(ctx.db, person.email)) continue;
    const row = await insertParticipant(ctx.db, {
      ...person,
      referredBy: null,
      referrerId: null,
      clickId: null,
      locale: 'en',
      visitorId: null,
      flagReason: null,
    });
    if (row) ctx.referrers.remember({ id: row.id, code: row.code, email: row.email, visitorId: null });
  }
  for (const friend of demoFriends) {
    const input = { ...friend, clickId: null, locale: 'en', visitorId: null, idempotencyKey: null };
    await join(ctx, input, { ...FACTS, secret: false, identity: NO_IDENTITY });
  }
  let clicks = 0;
  for (const [code, count] of Object.entries(demoClicks)) {
    for (let n = 1; n <= count; n++, clicks++) {
      const input = { code, clickId: `seed-${code}-${n}`, url: null, referrer: null, utm: {}, visitorId: null };
      await trackClick(ctx, { ...input, url: `${ctx.config.program.siteUrl}?ref=${code}` }, FACTS);
    }
  }
  for (const [index, purchase] of demoPurchases.entries()) {
    const body = {
      event: 'purchase',
      idempotencyKey: `seed-purchase-${index + 1}`,
      referral: { code: purchase.code },
      customer: { email: purchase.email },
      amount: purchase.amount,
      currency: 'USD',
      orderId: `seed-order-${index + 1}`,
    };
    await reportConversion(
      ctx,
      {
        event: body.event,
        idempotencyKey: body.idempotencyKey,
        code: purchase.code,
        clickId: null,
        customerEmail: purchase.email,
        customerExternalId: null,
        amount: purchase.amount,
        currency: 'USD',
        orderId: body.orderId,
        metadata: null,
        visitorId: null,
      },
      body,
      'server',
    );
  }
  return {
    participants: demoParticipants.length + demoFriends.length,
    clicks,
    conversions: demoPurchases.length,
  };
}
