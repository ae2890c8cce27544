import { isRujukError, verifyWebhook } from '@rujuk/sdk/server';

/**
 * The shop's Rujuk webhook: when a referrer earns a store credit (`reward.earned`), it mints a
 * coupon with the payment provider and fulfils the reward with it, so the code and a one-click
 * redeem link appear in the referrer's widget. Answers 400 to a bad signature, 500 when retrying
 * can help (Rujuk then redelivers; the coupon's idempotency key and fulfilment's idempotency make
 * the redelivery harmless), 200 otherwise.
 */
export function createRewardWebhookHandler({ rujuk, stripe, secret, shopUrl, log = () => {} }) {
  return async (rawBody, headers) => {
    let event;
    try {
      event = verifyWebhook(rawBody, headers, secret);
    } catch (error) {
      return { status: 400, body: error.message };
    }
    if (event.type !== 'reward.earned') return { status: 200, body: 'ignored' };
    const { reward, participant, customerEmail } = event.data;
    if (reward.reward.amount === null || reward.reward.currency === null || reward.reward.kind === 'percent_off') {
      return { status: 200, body: 'not a money reward: fulfil it by hand' };
    }
    const promotion = stripe.createPromotionCode({
      amountOff: reward.reward.amount,
      currency: reward.reward.currency.toLowerCase(),
      email: participant?.email ?? customerEmail,
      idempotencyKey: `rujuk-reward:${reward.id}`,
    });
    try {
      await rujuk.fulfilReward(reward.id, {
        code: promotion.code,
        url: `${shopUrl}/?coupon=${encodeURIComponent(promotion.code)}`,
        note: `${reward.reward.description} at checkout`,
      });
      log(`reward ${reward.id}: ${promotion.code} for ${participant?.code ?? customerEmail ?? 'a friend'}`);
      return { status: 200, body: promotion.code };
    } catch (error) {
      const final = isRujukError(error) && error.status !== null && error.status < 500;
      log(`Rujuk refused the fulfilment: ${error.message}`);
      return { status: final ? 200 : 500, body: error.message };
    }
  };
}

/** Adds the shop's webhook endpoint to Rujuk for `reward.earned` and answers its signing secret. */
export async function registerRewardWebhook({ apiUrl, secretKey, url }) {
  const response = await fetch(`${apiUrl}/v1/webhook-endpoints`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ url, events: ['reward.earned'], description: 'Node server example: store credit' }),
  });
  if (!response.ok) throw new Error(`Rujuk refused the webhook endpoint: ${await response.text()}`);
  return (await response.json()).secret;
}
