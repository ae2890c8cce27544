import { guard } from '@rujuk/contract';
import { probeDomain, settleProbes } from '../cookie/cookie-domain.js';
import { currentReferral, storeReferral } from '../cookie/referral-store.js';
import { visitorId } from '../cookie/visitor-id.js';
import { S } from '../core/state.js';
import { emit } from '../events/emit.js';
import { enqueue, hasStored } from '../queue/queue.js';
import { isBot } from './is-bot.js';
import { readUrl } from './read-url.js';

/**
 * Stores the referral held from this page's URL once storing is allowed, and reports its click.
 * Under `last` a different code replaces the stored one, under `first` a stored one is kept until
 * it expires. The same code again (a reload, a second tab) keeps the stored capture: no new click.
 */
export const adopt = (): void => {
  const found = S._held;
  const stored = currentReferral();
  // The queue's flag cookie comes with the cookie read just made, at no cost.
  hasStored();
  if (found && S._ok) {
    S._held = undefined;
    if (stored == found || !(S._cfg._first || stored!.code == found.code)) {
      // Read before the writes below, each of which ends the page's copy of the cookies.
      const visitor = visitorId();
      storeReferral(found);
      emit('captured', found);
      const utm: Record<string, string> = {};
      new URLSearchParams(location.search).forEach((value, name) => {
        // Cut at 200 without splitting an emoji: the backend refuses a lone surrogate.
        if (!name.indexOf('utm_')) utm[name.slice(4)] = value.slice(0, 200).replace(/[\ud800-\udbff]$/, '');
      });
      enqueue(found.clickId, {
        ...found,
        url: location.href.slice(0, 2048),
        referrer: document.referrer.slice(0, 2048),
        utm,
        visitorId: visitor,
      });
    }
  }
};

let done: unknown;

/**
 * Reads the landing URL, once: bots, automation and the identified participant's own link are not
 * captured. The referral is held in memory, then stored when consent allows (`adopt`). With
 * `cleanUrl`, the referral parameters leave the address bar (`history.replaceState`), all others stay.
 */
export const capture = (): void => {
  // A page without a query (most pages) costs nothing more here.
  if (!done && (done = location.search)) {
    const url = new URL(location.href);
    const [found, names] = readUrl(url.searchParams, S._cfg._params);
    if (found && !isBot() && found.code != S._self) {
      S._held = found;
      probeDomain();
      adopt();
      settleProbes();
    }
    if (found && S._cfg._clean) {
      for (const name of names) url.searchParams.delete(name);
      guard(() => history.replaceState(history.state, '', url));
    }
  }
};
