import { randomBytes } from 'node:crypto';
import { signPayload } from './stripe-signature.mjs';

const id = (prefix) => `${prefix}_${randomBytes(12).toString('hex')}`;

/**
 * A stand-in for Stripe Checkout, so the example runs without an account: it keeps checkout
 * sessions, and "paying" one delivers a signed `checkout.session.completed` webhook, as Stripe would.
 */
export function createFakeStripe({ webhookUrl, webhookSecret }) {
  const sessions = new Map();
  const events = [];
  const promotionCodes = new Map();
  return {
    /**
     * Like `stripe.promotionCodes.create` with an idempotency key: a store-credit coupon for one
     * customer. The same key answers the same code, so a redelivered reward never mints a second one.
     */
    createPromotionCode({ amountOff, currency, email, idempotencyKey }) {
      const known = promotionCodes.get(idempotencyKey);
      if (known) return known;
      const code = `CREDIT-${randomBytes(4).toString('hex').toUpperCase()}`;
      const promotion = { id: id('promo'), object: 'promotion_code', code, amount_off: amountOff, currency, email };
      promotionCodes.set(idempotencyKey, promotion);
      return promotion;
    },
    /** The promotion code with this code, if one was created. */
    promotionCode: (code) => [...promotionCodes.values()].find((promotion) => promotion.code === code),
    /** Every event delivered so far, oldest first (to redeliver one, as Stripe does on failures). */
    events,
    /** Like `stripe.checkout.sessions.create`: the referral rides along as `client_reference_id`. */
    createSession({ amountTotal, currency, email, clientReferenceId }) {
      const session = {
        id: id('cs_test'),
        object: 'checkout.session',
        amount_total: amountTotal,
        currency,
        customer_details: { email },
        client_reference_id: clientReferenceId || null,
        payment_intent: id('pi'),
        payment_status: 'unpaid',
      };
      sessions.set(session.id, session);
      return session;
    },
    session: (sessionId) => sessions.get(sessionId),
    /** Marks the session paid and delivers the webhook; returns the webhook's answer. */
    async pay(sessionId) {
      const session = sessions.get(sessionId);
      session.payment_status = 'paid';
      const event = { id: id('evt'), type: 'checkout.session.completed', data: { object: { ...session } } };
      events.push(event);
      return this.deliver(event);
    },
    /** Delivers (or redelivers) an event to the shop's webhook endpoint, freshly signed; returns `{ status, body }`. */
    async deliver(event) {
      const payload = JSON.stringify(event);
      const response = await fetch(webhookUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': signPayload(payload, webhookSecret) },
        body: payload,
      });
      return { status: response.status, body: await response.text() };
    },
  };
}
