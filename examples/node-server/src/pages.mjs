const esc = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const layout = (title, body, head = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; color: #1e293b; }
  form { display: grid; gap: .75rem; padding: 1.25rem; border: 1px solid #e2e8f0; border-radius: 12px; }
  input { font: inherit; padding: .5rem .75rem; border: 1px solid #cbd5e1; border-radius: 8px; }
  button { font: inherit; padding: .6rem 1rem; border: 0; border-radius: 8px; background: #4f46e5; color: #fff; cursor: pointer; }
  .stripe { background: #635bff; } code { background: #f1f5f9; padding: .1em .3em; border-radius: 4px; }
</style>
${head}
</head>
<body>
${body}
</body>
</html>`;

/**
 * The product page: the snippet captures `?ref=` and adds a hidden `rujuk_ref` field to the form;
 * a reward's redeem link (`?coupon=`) shows its store credit applied.
 */
export const productPage = ({ apiUrl, publishableKey, coupon = null }) =>
  layout(
    'Node server example · Rujuk',
    `<h1>Espresso machine</h1>
<p>$499.00 · The checkout runs on this shop's server; the purchase reaches Rujuk from its Stripe webhook.</p>
${
  coupon
    ? `<p data-coupon="${esc(coupon.code)}">Coupon <code>${esc(coupon.code)}</code> applied: ${esc((coupon.amount_off / 100).toFixed(2))} ${esc(coupon.currency.toUpperCase())} of store credit.</p>`
    : ''
}
<form method="post" action="/checkout" data-rujuk>
  <label>Email <input type="email" name="email" required value="friend@example.com"></label>
  <button>Checkout with Stripe</button>
</form>`,
    `<script>window.rujuk=window.rujuk||function(){(rujuk.q=rujuk.q||[]).push(arguments)}</script>
<script async src="/rujuk.js" data-key="${esc(publishableKey)}" data-api="${esc(apiUrl)}"></script>`,
  );

/** The stand-in for Stripe's hosted checkout page. */
export const checkoutPage = (session) =>
  layout(
    'Pay · Fake Stripe Checkout',
    `<h1>Fake Stripe Checkout</h1>
<p>Session <code>${esc(session.id)}</code>, ${esc((session.amount_total / 100).toFixed(2))} ${esc(session.currency.toUpperCase())},
client_reference_id <code>${esc(session.client_reference_id ?? 'none')}</code>.</p>
<form method="post" action="/pay/${esc(session.id)}"><button class="stripe">Pay</button></form>`,
  );

/** The success page Stripe redirects to. */
export const thanksPage = (session, webhookStatus) =>
  layout(
    'Thank you · Rujuk',
    `<h1>Thank you!</h1>
<p id="result">Order <code>${esc(session.payment_intent)}</code> is paid. The webhook answered ${esc(webhookStatus)}${
      webhookStatus === 200 ? ': the purchase is confirmed in Rujuk.' : '.'
    }</p>`,
  );
