import { decodeReferral, encodeReferral, REF_NAME } from '@rujuk/contract';
import { capture } from '../capture/capture.js';
import { S } from '../core/state.js';
import type { Referral } from '../types.js';
import { getCookie } from './cookie.js';
import { setSiteCookie } from './cookie-domain.js';

/**
 * The current referral: the cookie (when consent allows reading it), else one held in memory
 * (waiting for consent, or stored while cookies are blocked), else `null`. The landing URL is
 * captured first, lazily, so calls queued before load (`identify`, `consent`) apply to it.
 */
export const currentReferral = (): Referral | null =>
  (capture(), S._ok && decodeReferral(getCookie(REF_NAME))) || S._held || S._ref || null;

/** Stores a referral in the `rujuk_ref` cookie, remembering it in memory in case cookies are blocked. */
export const storeReferral = (referral: Referral): void => setSiteCookie(REF_NAME, encodeReferral((S._ref = referral)));
