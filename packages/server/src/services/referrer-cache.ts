import type { Queryable } from '../db/database.js';
import { participantByCode } from '../store/participants.js';

/** What the click and conversion paths need to know about a referrer. */
export interface ReferrerRef {
  id: string;
  code: string;
  email: string;
  visitorId: string | null;
}

/** Looks referrers up by code, remembering hits: a code, email and join visitor never change. */
export interface ReferrerCache {
  get(db: Queryable, code: string): Promise<ReferrerRef | null>;
  remember(ref: ReferrerRef): void;
}

/** Creates a referrer cache holding at most `max` codes. */
export function createReferrerCache(max = 50_000): ReferrerCache {
  const map = new Map<string, ReferrerRef>();
  const remember = (ref: ReferrerRef) => {
    if (map.size >= max) map.clear();
    map.set(ref.code, ref);
  };
  return {
    remember,
    async get(db, code) {
      const hit = map.get(code);
      if (hit) return hit;
      // Misses are not cached: the code may join a moment later, through another server.
      const row = await participantByCode(db, code);
      if (!row) return null;
      const ref = { id: row.id, code: row.code, email: row.email, visitorId: row.visitor_id };
      remember(ref);
      return ref;
    },
  };
}
