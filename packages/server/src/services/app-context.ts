import type { ProgramConfig } from '../config/types.js';
import type { Database } from '../db/database.js';
import type { RateLimiter } from '../fraud/rate-limiter.js';
import type { ClickWriter } from '../store/click-writer.js';
import type { WebhookDispatcher } from '../webhooks/dispatcher.js';
import type { KeyRing } from './key-ring.js';
import type { ReferrerCache } from './referrer-cache.js';

/** Everything a request handler needs, built once at start. */
export interface AppContext {
  db: Database;
  config: ProgramConfig;
  keys: KeyRing;
  limits: { clicks: RateLimiter; joins: RateLimiter };
  referrers: ReferrerCache;
  clicks: ClickWriter;
  /** Sends webhook events from the outbox; started by `startServer`, or by you when you serve `createApp`. */
  webhooks: WebhookDispatcher;
}
