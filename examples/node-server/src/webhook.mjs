import { isRujukError } from '@rujuk/sdk/server';
import { verifyWebhook } from './stripe-signature.mjs';

/**
 * The shop's Stripe webhook: a paid checkout session becomes a confirmed purchase in Rujuk, reported
 * with the secret key, attributed to the referral the page passed as `client_reference_id`.
 * Answers 400 to a bad signature, 500 when Rujuk could not be reached (Stripe then redelivers, and
 * the idempotency key `purchase:<orderId>` makes the redelivery count once), 200 otherwise.
 */
export function createWebhookHandler({ rujuk, webhookSecret, log = () => {} }) {
  return async (rawBody, signature) => {
    let event;
    try {
      event = verifyWebhook(rawBody, signature, webhookSecret);
    } catch (error) {
      return { status: 400, body: error.message };
    }
    if (event.type !== 'checkout.session.completed' || event.data.object.payment_status !== 'paid') {
      return { status: 200, body: 'ignored' };
    }
    const session = event.data.object;
    try {
      const { conversion, duplicate } = await rujuk.confirmPurchase({
        referral: session.client_reference_id,
        orderId: session.payment_intent,
        amount: session.amount_total,
        currency: session.currency,
        customer: { email: session.customer_details?.email ?? undefined },
      });
      log(
        `purchase ${conversion.orderId}: ${conversion.attributed ? `referred by ${conversion.referrerCode}` : 'not referred'}` +
          (duplicate ? ' (redelivery, counted once)' : ''),
      );
      return { status: 200, body: JSON.stringify({ conversionId: conversion.id, duplicate }) };
    } catch (error) {
      // A 4xx will not get better by retrying; anything else should be redelivered.
      const final = isRujukError(error) && error.status !== null && error.status < 500;
      log(`Rujuk refused the purchase: ${error.message}`);
      return { status: final ? 200 : 500, body: error.message };
    }
  };
}
