// The checkout: the friend's discount when the visitor was referred, and the order reported to
// Rujuk as a purchase with `rujuk('convert', …)`. The snippet attaches the stored referral itself.
import { FRIEND_DISCOUNT, money, productIdFromUrl, products } from '../catalogue.js';
import { onReferral } from '../friend-offer.js';
import { readAccount } from '../shop-account.js';

const product = products[productIdFromUrl()];
const $ = (elementId) => document.getElementById(elementId);
let total = product.price;
$('line-name').textContent = product.name;
$('line-price').textContent = money(product.price);
$('total').textContent = money(total);

onReferral(() => {
  const discount = Math.round(product.price * FRIEND_DISCOUNT);
  total = product.price - discount;
  $('discount-row').hidden = false;
  $('discount').textContent = `−${money(discount)}`;
  $('total').textContent = money(total);
});

const form = $('checkout');
const known = readAccount();
if (known) form.elements.email.value = known.email;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const email = form.elements.email.value.trim();
  const orderId = `KOPI-${Date.now().toString(36).toUpperCase()}`;
  $('place-order').disabled = true;
  // The order id doubles as the idempotency key: a double click or a retry counts once.
  window.rujuk('convert', { event: 'purchase', amount: total, currency: 'USD', orderId, email }).then(
    () => {
      form.parentElement.hidden = true;
      $('done').hidden = false;
      $('done-text').textContent =
        `Order ${orderId} (${money(total)}) is confirmed. A receipt is on its way to ${email}.`;
    },
    (error) => {
      $('place-order').disabled = false;
      alert(`The order could not be recorded: ${error.message}`);
    },
  );
});
