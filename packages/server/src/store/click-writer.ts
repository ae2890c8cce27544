import type { Queryable } from '../db/database.js';
import { newId } from '../ids/random.js';
import { clickColumns, type NewClick } from './clicks.js';
import type { ClickRow } from './rows.js';

/** Stores clicks; concurrent calls are grouped into one multi-row insert. */
export interface ClickWriter {
  /** Stores a click once per `clickId`: answers the stored row and whether this call created it. */
  write(click: NewClick): Promise<{ row: ClickRow; created: boolean }>;
}

interface Pending {
  click: NewClick;
  resolve(value: { row: ClickRow; created: boolean }): void;
  reject(error: unknown): void;
}

const MAX_BATCH = 256;
const INSERT = `INSERT INTO clicks (id, click_id, code, participant_id, url, referrer, utm, visitor_id, flag_reason)
  SELECT id, click_id, code, participant_id, url, referrer, utm::jsonb, visitor_id, flag_reason
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
    AS t (id, click_id, code, participant_id, url, referrer, utm, visitor_id, flag_reason)
  ON CONFLICT (click_id) DO NOTHING RETURNING ${clickColumns}`;
const EXISTING = `SELECT ${clickColumns} FROM clicks WHERE click_id = ANY($1::text[])`;

/**
 * Creates a click writer. While one insert runs, arriving clicks queue up and go in the next one:
 * under load one statement stores many clicks, and an idle server waits only one event-loop turn. The
 * unique constraint on `click_id` still decides what is new, so replays never duplicate a row.
 */
export function createClickWriter(db: Queryable): ClickWriter {
  let queue: Pending[] = [];
  let running = false;

  async function flush(batch: Pending[]): Promise<void> {
    const columns: (string | null)[][] = [[], [], [], [], [], [], [], [], []];
    for (const { click } of batch) {
      const values = [
        newId('clk'),
        click.clickId,
        click.code,
        click.participantId,
        click.url,
        click.referrer,
        JSON.stringify(click.utm),
        click.visitorId,
        click.flagReason,
      ];
      for (const [index, value] of values.entries()) columns[index]!.push(value);
    }
    const inserted = await db.query<ClickRow>(INSERT, columns);
    const created = new Map(inserted.map((row) => [row.click_id, row]));
    const missing = batch.map((p) => p.click.clickId).filter((id) => !created.has(id));
    const existing = new Map<string, ClickRow>();
    if (missing.length > 0) {
      for (const row of await db.query<ClickRow>(EXISTING, [missing])) existing.set(row.click_id, row);
    }
    for (const pending of batch) {
      const id = pending.click.clickId;
      const fresh = created.get(id);
      if (fresh) {
        // Only the first report of an id in a batch created it; later ones are replays.
        created.delete(id);
        existing.set(id, fresh);
        pending.resolve({ row: fresh, created: true });
        continue;
      }
      const row = existing.get(id);
      if (row) pending.resolve({ row, created: false });
      else pending.reject(new Error(`click ${id} was neither inserted nor found`));
    }
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(batch.length);
      try {
        await flush(batch);
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    running = false;
  }

  return {
    write(click) {
      return new Promise((resolve, reject) => {
        queue.push({ click, resolve, reject });
        if (running) return;
        running = true;
        // One event-loop turn lets the other reports already read from sockets join this insert.
        setImmediate(drain);
      });
    },
  };
}
