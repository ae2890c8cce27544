import { loadConfig } from '../config/load-config.js';
import type { ProgramConfigInput } from '../config/types.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open-database.js';
import { createRateLimiter, unlimited } from '../fraud/rate-limiter.js';
import type { AppContext } from '../services/app-context.js';
import { createKeyRing } from '../services/key-ring.js';
import { createReferrerCache } from '../services/referrer-cache.js';
import { createClickWriter } from '../store/click-writer.js';
import { ensureKeys, type KeyPair } from '../store/keys.js';
import { createDispatcher } from '../webhooks/dispatcher.js';
import { syncConfigEndpoints } from '../webhooks/endpoint-store.js';
import { resolveWebhookOptions, type WebhookOptions } from '../webhooks/webhook-options.js';

/** What a context is built from; see `StartServerOptions` for each field. */
export interface ContextOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  config?: ProgramConfigInput | string | undefined;
  keys?: KeyPair | undefined;
  rateLimits?: false | { clicksPerMinute?: number; joinsPerMinute?: number } | undefined;
  webhooks?: WebhookOptions | undefined;
}

// Any constant works; it only has to be the same for every server sharing a database.
const KEYS_LOCK = 7_245_852;

async function programKeys(db: Database): Promise<KeyPair> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [KEYS_LOCK]);
    return ensureKeys(tx);
  });
}

/**
 * Loads the config, opens and migrates the database and reads (or creates) the keys: everything
 * `createApp` needs. The config is validated before the database is touched.
 */
export async function createContext(options: ContextOptions = {}): Promise<AppContext> {
  const config = await loadConfig(options.config);
  const webhooks = resolveWebhookOptions(options.webhooks);
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    const keys = options.keys ?? (await programKeys(db));
    const limits = options.rateLimits;
    await db.transaction(async (tx) => {
      // Servers starting together on one PostgreSQL update the config endpoints one at a time.
      await tx.query('SELECT pg_advisory_xact_lock($1)', [KEYS_LOCK]);
      await syncConfigEndpoints(
        tx,
        config.webhooks.map((endpoint) => ({ ...endpoint, source: 'config' })),
      );
    });
    return {
      db,
      config,
      keys: createKeyRing(keys),
      limits:
        limits === false
          ? { clicks: unlimited, joins: unlimited }
          : {
              clicks: createRateLimiter(limits?.clicksPerMinute ?? 120),
              joins: createRateLimiter(limits?.joinsPerMinute ?? 60),
            },
      referrers: createReferrerCache(),
      clicks: createClickWriter(db),
      webhooks: createDispatcher(db, webhooks),
    };
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
