import { REF_NAME, TOKEN_KEY, VID_KEY } from '@rujuk/contract';
import { adopt } from '../capture/capture.js';
import { deleteSiteCookie } from '../cookie/cookie-domain.js';
import { S } from '../core/state.js';
import { scan } from '../dom/scan.js';
import { QUEUE_KEY, queueFlag, resume } from '../queue/queue.js';
import { writeLocal } from '../storage/local-store.js';

/**
 * `true`: stores what was held in memory (referral, queued conversions) and starts sending.
 * `false`: stops sending, forgets what is held, and deletes every cookie and storage key Rujuk wrote.
 */
export const consent = (granted: unknown): void => {
  if ((S._ok = !!granted)) {
    adopt();
    resume();
  } else {
    S._held = S._ref = undefined;
    deleteSiteCookie(REF_NAME);
    deleteSiteCookie(VID_KEY);
    deleteSiteCookie(queueFlag());
    writeLocal(TOKEN_KEY, null);
    writeLocal(QUEUE_KEY, null);
  }
  scan();
};
