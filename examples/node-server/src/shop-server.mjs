import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createServerClient } from '@rujuk/sdk/server';
import { createFakeStripe } from './fake-stripe.mjs';
import { checkoutPage, productPage, thanksPage } from './pages.mjs';
import { createRewardWebhookHandler, registerRewardWebhook } from './reward-webhook.mjs';
import { createWebhookHandler } from './webhook.mjs';

const PRICE = { amount: 49900, currency: 'usd' };
// The snippet's script-tag build is served as a file from the installed package.
const snippetPath = join(
  dirname(createRequire(import.meta.url).resolve('@rujuk/attribution/package.json')),
  'dist/rujuk.global.js',
);

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the example shop: a product page with the snippet, a checkout that creates a (fake) Stripe
 * Checkout Session with the referral as `client_reference_id`, and the webhook that confirms the
 * purchase in Rujuk with the secret key, and the Rujuk webhook that turns an earned reward into a
 * coupon (registered at start unless `rujukWebhookSecret` says it already is). Returns `{ url, port, stripe, close }`.
 */
export async function startShop({
  apiUrl,
  publishableKey,
  secretKey,
  webhookSecret,
  rujukWebhookSecret,
  port = 3000,
  log = () => {},
}) {
  const rujuk = createServerClient({ apiUrl, secretKey });
  let base = '';
  const stripe = createFakeStripe({ webhookUrl: () => `${base}/webhooks/stripe`, webhookSecret });
  const webhook = createWebhookHandler({ rujuk, webhookSecret, log });
  let rewardWebhook = null;

  const server = createServer(async (req, res) => {
    const send = (status, body, type = 'text/html; charset=utf-8') =>
      res.writeHead(status, { 'content-type': type }).end(body);
    try {
      const url = new URL(req.url ?? '/', 'http://shop');
      if (req.method === 'GET' && url.pathname === '/') {
        // A redeem link from the widget: the coupon the reward was fulfilled with, applied on arrival.
        const coupon = stripe.promotionCode(url.searchParams.get('coupon') ?? '') ?? null;
        return send(200, productPage({ apiUrl, publishableKey, coupon }));
      }
      if (req.method === 'GET' && url.pathname === '/rujuk.js') {
        return send(200, await readFile(snippetPath), 'text/javascript; charset=utf-8');
      }
      if (req.method === 'POST' && url.pathname === '/checkout') {
        const form = new URLSearchParams(await readBody(req));
        // The hidden field the snippet added: `1.CODE.CLICKID.TIME`, or nothing for a direct visit.
        const session = stripe.createSession({
          amountTotal: PRICE.amount,
          currency: PRICE.currency,
          email: form.get('email'),
          clientReferenceId: form.get('rujuk_ref'),
        });
        return res.writeHead(303, { location: `/pay/${session.id}` }).end();
      }
      const pay = /^\/pay\/([\w-]+)$/.exec(url.pathname);
      const session = pay && stripe.session(pay[1]);
      if (pay && !session) return send(404, 'No such checkout session.', 'text/plain');
      if (req.method === 'GET' && session) return send(200, checkoutPage(session));
      if (req.method === 'POST' && session) {
        const { status } = await stripe.pay(session.id);
        return res.writeHead(303, { location: `/thanks/${session.id}?webhook=${status}` }).end();
      }
      const thanks = /^\/thanks\/([\w-]+)$/.exec(url.pathname);
      if (req.method === 'GET' && thanks && stripe.session(thanks[1])) {
        return send(200, thanksPage(stripe.session(thanks[1]), Number(url.searchParams.get('webhook'))));
      }
      if (req.method === 'POST' && url.pathname === '/webhooks/stripe') {
        const answer = await webhook(await readBody(req), req.headers['stripe-signature']);
        return send(answer.status, answer.body, 'text/plain; charset=utf-8');
      }
      if (req.method === 'POST' && url.pathname === '/webhooks/rujuk' && rewardWebhook) {
        const answer = await rewardWebhook(await readBody(req), req.headers);
        return send(answer.status, answer.body, 'text/plain; charset=utf-8');
      }
      if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
      return send(404, 'Not found.', 'text/plain');
    } catch (error) {
      log(`error: ${error.message}`);
      return send(500, 'Something went wrong.', 'text/plain');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const actual = server.address().port;
  base = `http://127.0.0.1:${actual}`;
  const secret =
    rujukWebhookSecret ?? (await registerRewardWebhook({ apiUrl, secretKey, url: `${base}/webhooks/rujuk` }));
  rewardWebhook = createRewardWebhookHandler({ rujuk, stripe, secret, shopUrl: base, log });
  return {
    url: base,
    port: actual,
    stripe,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
