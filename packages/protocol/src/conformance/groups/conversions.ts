import type { ClickResponse } from '../../clicks.js';
import type { ConversionResponse } from '../../conversions.js';
import { ensure, expectBody, expectEqual, expectProblem } from '../assert.js';
import type { Context } from '../context.js';
import { qualifyingConversion } from '../qualifying.js';

/** `POST /v1/conversions`: claims and facts, attribution, idempotency and qualifying rules. */
export async function conversionChecks(context: Context): Promise<void> {
  const { run, http, ids } = context;
  const program = await context.program();
  const referrer = await context.join({ name: 'Conversion Referrer' });
  const code = referrer.participant.code;
  const post = (body: object, auth: 'publishable' | 'secret' = 'secret') =>
    http.call({ path: '/v1/conversions', body, auth });

  await run.check('a publishable-key conversion is stored as a client claim (201, source: client)', async () => {
    const body = {
      event: 'signup',
      idempotencyKey: ids.idempotencyKey('claim'),
      referral: { code: code.toLowerCase() },
      customer: { email: ids.email() },
    };
    const { conversion, duplicate } = expectBody<ConversionResponse>(
      await post(body, 'publishable'),
      201,
      'ConversionResponse',
    );
    expectEqual(duplicate, false, 'duplicate');
    expectEqual(conversion.source, 'client', 'conversion.source');
    expectEqual(conversion.attributed, true, 'conversion.attributed');
    expectEqual(conversion.referrerCode, code, 'conversion.referrerCode');
    ensure(['pending', 'approved'].includes(conversion.status), `a claim has status ${conversion.status}`);
  });

  const fact = {
    event: 'purchase',
    idempotencyKey: ids.idempotencyKey('fact'),
    referral: { code },
    customer: { email: ids.email(), externalId: `cust-${ids.run}` },
    amount: 4999,
    currency: 'EUR',
    orderId: `order-${ids.run}`,
    metadata: { coupon: 'WELCOME', items: 2, gift: false, note: null },
  };
  let factId = '';

  await run.check(
    'a secret-key conversion is stored as a server fact (201, source: server) with its amount',
    async () => {
      const { conversion } = expectBody<ConversionResponse>(await post(fact), 201, 'ConversionResponse');
      factId = conversion.id;
      expectEqual(conversion.source, 'server', 'conversion.source');
      expectEqual(conversion.event, 'purchase', 'conversion.event');
      expectEqual(conversion.idempotencyKey, fact.idempotencyKey, 'conversion.idempotencyKey');
      expectEqual(conversion.amount, 4999, 'conversion.amount');
      expectEqual(conversion.currency, 'EUR', 'conversion.currency');
      expectEqual(conversion.orderId, fact.orderId, 'conversion.orderId');
      expectEqual(conversion.referrerCode, code, 'conversion.referrerCode');
    },
  );

  await run.check('an identical replay answers 200, duplicate: true and the original conversion', async () => {
    const { conversion, duplicate } = expectBody<ConversionResponse>(await post(fact), 200, 'ConversionResponse');
    expectEqual(duplicate, true, 'duplicate');
    expectEqual(conversion.id, factId, 'conversion.id');
  });

  await run.check('the same idempotency key with a different body answers 409 idempotency_conflict', async () => {
    expectProblem(await post({ ...fact, amount: 5999 }), 409, 'idempotency_conflict');
  });

  await run.check('a conversion reported twice, then conflicting, is stored once', async () => {
    expectEqual(await context.count('/v1/conversions', { idempotencyKey: fact.idempotencyKey }), 1, 'records');
  });

  await run.check('a conversion sent as text/plain JSON with ?key= (sendBeacon) is stored as a claim', async () => {
    const body = { event: 'signup', idempotencyKey: ids.idempotencyKey('beacon'), referral: { code } };
    const reply = await http.call({
      path: '/v1/conversions',
      auth: 'publishable-query',
      raw: JSON.stringify(body),
      contentType: 'text/plain;charset=UTF-8',
    });
    const { conversion } = expectBody<ConversionResponse>(reply, 201, 'ConversionResponse');
    expectEqual(conversion.source, 'client', 'conversion.source');
    expectEqual(conversion.idempotencyKey, body.idempotencyKey, 'conversion.idempotencyKey');
  });

  await run.check('a conversion with an unknown referral code is still stored, attributed: false', async () => {
    const body = { event: 'signup', idempotencyKey: ids.idempotencyKey(), referral: { code: ids.unknownCode() } };
    const { conversion } = expectBody<ConversionResponse>(await post(body, 'publishable'), 201, 'ConversionResponse');
    expectEqual(conversion.attributed, false, 'conversion.attributed');
    expectEqual(conversion.referrerCode, null, 'conversion.referrerCode');
  });

  await run.check('a conversion without a referral is stored, attributed: false', async () => {
    const body = { event: 'signup', idempotencyKey: ids.idempotencyKey() };
    const { conversion } = expectBody<ConversionResponse>(await post(body), 201, 'ConversionResponse');
    expectEqual(conversion.attributed, false, 'conversion.attributed');
  });

  await run.check("a conversion carrying only a known click id is attributed to that click's referrer", async () => {
    const clickId = ids.clickId();
    expectBody<ClickResponse>(await http.call({ path: '/v1/clicks', body: { code, clickId } }), 201, 'ClickResponse');
    const body = { event: 'signup', idempotencyKey: ids.idempotencyKey(), referral: { clickId } };
    const { conversion } = expectBody<ConversionResponse>(await post(body, 'publishable'), 201, 'ConversionResponse');
    expectEqual(conversion.attributed, true, 'conversion.attributed');
    expectEqual(conversion.referrerCode, code, 'conversion.referrerCode');
    expectEqual(conversion.clickId, clickId, 'conversion.clickId');
  });

  await run.check("a conversion meeting the program's qualifying rules is qualifying", async () => {
    const body = qualifyingConversion(program, {
      idempotencyKey: ids.idempotencyKey(),
      referral: { code },
      customer: { email: ids.email() },
    });
    const { conversion } = expectBody<ConversionResponse>(await post(body), 201, 'ConversionResponse');
    expectEqual(conversion.qualifying, true, `qualifying of ${body.event} ${body.amount} ${body.currency}`);
  });

  const custom = `conformance.${ids.run}`;
  if (!program.qualifying.events.includes(custom)) {
    await run.check('a custom event the program does not count is stored, not qualifying', async () => {
      const body = { event: custom, idempotencyKey: ids.idempotencyKey(), referral: { code } };
      const { conversion } = expectBody<ConversionResponse>(await post(body), 201, 'ConversionResponse');
      expectEqual(conversion.event, custom, 'conversion.event');
      expectEqual(conversion.qualifying, false, 'conversion.qualifying');
    });
  }

  const minimum = program.qualifying.minAmount;
  if (minimum && minimum.amount > 0) {
    await run.check('a conversion below the minimum amount is not qualifying', async () => {
      const body = qualifyingConversion(program, {
        idempotencyKey: ids.idempotencyKey(),
        referral: { code },
        customer: { email: ids.email() },
        amount: minimum.amount - 1,
        currency: minimum.currency,
      });
      const { conversion } = expectBody<ConversionResponse>(await post(body), 201, 'ConversionResponse');
      expectEqual(conversion.qualifying, false, 'conversion.qualifying');
    });
  }
}
