import { S } from '../core/state.js';
import { ID } from '../util/patterns.js';
import { randomId } from '../util/random-id.js';
import { getCookie } from './cookie.js';
import { setSiteCookie } from './cookie-domain.js';

/** Name of the visitor id cookie. */
export const VID_COOKIE = 'rujuk_vid';

/**
 * The first-party visitor id (`rujuk_vid`, random, no personal data) the backend compares with a
 * referrer's to spot self-referrals. Created only with `create` (when a participant joins): clicks
 * and conversions just read it, so a friend's landing writes one cookie, not two. `undefined`
 * without consent or without an id.
 */
export const visitorId = (create?: unknown): string | undefined => {
  if (S._ok) {
    const id = getCookie(VID_COOKIE);
    // `ID.test(undefined)` would test the string "undefined", hence the `||`.
    if (ID.test(id || '')) return id;
    if (create) {
      const fresh = randomId();
      setSiteCookie(VID_COOKIE, fresh);
      return fresh;
    }
  }
};
