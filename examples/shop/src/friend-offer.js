// The friend's offer banner, on every page. A visitor is "referred" when the snippet holds a
// referral: captured on this visit (the `rujuk:captured` event) or an earlier one (`rujuk('referral')`
// once the snippet is ready). Everything goes through the documented command and event, as on any site.
const listeners = [];
let referred = false;

function markReferred() {
  if (referred) return;
  referred = true;
  document.getElementById('offer').hidden = false;
  for (const listener of listeners) listener();
}

/** Calls `listener` once this visitor turns out to be referred (at once if that is known already). */
export function onReferral(listener) {
  listeners.push(listener);
  if (referred) listener();
}

window.rujuk('ready', () => {
  if (window.rujuk('referral')) markReferred();
});
window.addEventListener('rujuk:captured', markReferred);
