import type { EventTally } from '../support/ledger.js';
import type { RestartableBackend } from './restartable-backend.js';
import type { SoakEvent } from './soak-load.js';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Every record of a secret-key list, page after page. */
async function listAll<T>(backend: RestartableBackend, path: string): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const url = `${backend.url}${path}?limit=100${cursor ? `&cursor=${cursor}` : ''}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${backend.keys.secretKey}` } });
    if (!response.ok) throw new Error(`GET ${path} → ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as Page<T>;
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** The soak's figures: the event tally, plus records that differ from what was sent. */
export interface SoakCount extends EventTally {
  /** Records found whose amount or code is not the one sent. */
  altered: number;
  /** Events the backend refused for good (a 4xx), which a sound load never provokes. */
  refused: number;
}

/**
 * Counts, in the database, each event of the soak: found once, more than once, or not at all, and
 * whether what was stored is what was sent. Records nobody sent count as duplicates too; the
 * referrers set up before the load (emails starting with `referrerPrefix`) are left out.
 */
export async function countSoak(
  backend: RestartableBackend,
  events: SoakEvent[],
  referrerPrefix: string,
): Promise<SoakCount> {
  const clicks = await listAll<{ clickId: string; code: string }>(backend, '/v1/clicks');
  const joins = (await listAll<{ email: string }>(backend, '/v1/participants')).filter(
    (participant) => !participant.email.startsWith(referrerPrefix),
  );
  const conversions = await listAll<{ idempotencyKey: string; amount: number }>(backend, '/v1/conversions');
  const found = new Map<string, { count: number; altered: boolean }>();
  const note = (id: string, altered: boolean) => {
    const seen = found.get(id) ?? { count: 0, altered: false };
    found.set(id, { count: seen.count + 1, altered: seen.altered || altered });
  };
  const sent = new Map(events.map((event) => [event.id, event]));
  for (const click of clicks) note(click.clickId, click.code !== sent.get(click.clickId)?.body.code);
  for (const join of joins) note(join.email, false);
  for (const conversion of conversions) {
    note(conversion.idempotencyKey, conversion.amount !== sent.get(conversion.idempotencyKey)?.body.amount);
  }
  let recorded = 0;
  let duplicated = 0;
  let altered = 0;
  for (const event of events) {
    const seen = found.get(event.id);
    if (!seen) continue;
    recorded++;
    duplicated += seen.count - 1;
    if (seen.altered) altered++;
  }
  duplicated += [...found.keys()].filter((id) => !sent.has(id)).length;
  return {
    sent: events.length,
    recorded,
    duplicated,
    lost: events.length - recorded,
    altered,
    refused: events.filter((event) => event.status >= 400).length,
  };
}
