import { ID, randomId, VID_KEY } from '@rujuk/contract';
import { S } from '../core/state.js';
import { getCookie } from './cookie.js';
import { setSiteCookie } from './cookie-domain.js';

/**
 * The first-party visitor id (`rujuk_vid`, random, no personal data) the backend compares with a
 * referrer's to spot self-referrals. Created only with `create` (when a participant joins): clicks
 * and conversions just read it, so a friend's landing writes one cookie, not two. `undefined`
 * without consent or without an id.
 */
export const visitorId = (create?: unknown): string | undefined => {
  if (S._ok) {
    const id = getCookie(VID_KEY);
    // `ID.test(undefined)` would test the string "undefined", hence the `||`.
    if (ID.test(id || '')) return id;
    if (create) {
      const fresh = randomId();
      setSiteCookie(VID_KEY, fresh);
      return fresh;
    }
  }
};
