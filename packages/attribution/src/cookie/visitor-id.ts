import { S } from '../core/state.js';
import { ID } from '../util/patterns.js';
import { randomId } from '../util/random-id.js';
import { getCookie } from './cookie.js';
import { setSiteCookie } from './cookie-domain.js';

/** Name of the visitor id cookie. */
export const VID_COOKIE = 'rujuk_vid';

/**
 * The first-party visitor id (`rujuk_vid`, random, no personal data) the backend uses for
 * self-referral checks and dedup; created on first use, `undefined` without consent.
 */
export const visitorId = (): string | undefined => {
  if (S._ok) {
    let id = getCookie(VID_COOKIE);
    // `ID.test(undefined)` would test the string "undefined", hence the `||`.
    if (!ID.test(id || '')) setSiteCookie(VID_COOKIE, (id = randomId()));
    return id;
  }
};
