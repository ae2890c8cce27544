// The shop's own "account": a localStorage entry, only so the checkout can prefill the email.
// Rujuk's participant session is the widget's own and is not kept here.
const KEY = 'kopi_account';

/** The shop account created on the sign-up page, or null. */
export function readAccount() {
  try {
    return JSON.parse(localStorage.getItem(KEY)) || null;
  } catch {
    return null;
  }
}

/** Remembers the signed-up customer in this browser. */
export function saveAccount(account) {
  try {
    localStorage.setItem(KEY, JSON.stringify(account));
  } catch {
    // Storage can be blocked (private modes, policies); the shop works without the prefill.
  }
}
