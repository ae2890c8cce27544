// The account page: the widget's inline embeds do the referral part; this adds the "Play the friend"
// box, which opens the referral link under the other host name (localhost ↔ 127.0.0.1). To the
// browser that is another site, with no shared cookies or storage: a fresh profile, like a friend's phone.
import '../friend-offer.js';
import { readAccount } from '../shop-account.js';

const $ = (elementId) => document.getElementById(elementId);
const known = readAccount();
if (known) {
  $('who').textContent = `Signed in to the shop as ${known.name ? `${known.name} (${known.email})` : known.email}.`;
}

const friendOrigin = location.origin.includes('localhost')
  ? location.origin.replace('localhost', '127.0.0.1')
  : location.origin.replace('127.0.0.1', 'localhost');
$('friend-host').textContent = friendOrigin;

const field = $('friend-link');
const fill = (event) => {
  if (event.detail?.code) field.value = `${location.origin}/?ref=${event.detail.code}`;
};
window.addEventListener('rujuk:join', fill);
window.addEventListener('rujuk:share', fill);

$('friend').addEventListener('submit', (event) => {
  event.preventDefault();
  // After a reload the events are gone, but the share embed shows the link.
  const shown = document.querySelector('#share-embed')?.shadowRoot?.querySelector('input[readonly]')?.value;
  if (!field.value.trim() && shown) field.value = shown;
  let link;
  try {
    link = new URL(field.value.trim(), location.href);
  } catch {
    field.focus();
    return;
  }
  window.open(`${friendOrigin}${link.pathname}${link.search}`, '_blank', 'noopener');
});
