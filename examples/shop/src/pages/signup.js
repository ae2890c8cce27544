// The sign-up form: the shop's own account, and a `signup` conversion for Rujuk.
import '../friend-offer.js';
import { saveAccount } from '../shop-account.js';

const form = document.getElementById('signup');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const email = form.elements.email.value.trim();
  const name = form.elements.name.value.trim();
  saveAccount({ email, name });
  // The referral captured earlier is attached by the snippet; one sign-up per email counts once.
  window.rujuk('convert', { event: 'signup', email, orderId: `signup:${email}` });
  form.hidden = true;
  document.getElementById('welcome-title').textContent = `Welcome, ${name || email}!`;
  document.getElementById('welcome').hidden = false;
});
