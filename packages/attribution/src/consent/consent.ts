import { adopt } from '../capture/capture.js';
import { deleteSiteCookie } from '../cookie/cookie-domain.js';
import { REF_NAME } from '../cookie/referral-codec.js';
import { VID_COOKIE } from '../cookie/visitor-id.js';
import { S } from '../core/state.js';
import { scan } from '../dom/scan.js';
import { TOKEN_KEY } from '../join/joined.js';
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
    deleteSiteCookie(VID_COOKIE);
    deleteSiteCookie(queueFlag());
    writeLocal(TOKEN_KEY, null);
    writeLocal(QUEUE_KEY, null);
  }
  scan();
};
