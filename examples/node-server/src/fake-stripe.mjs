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
  return {
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
