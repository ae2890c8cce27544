import type { Database } from '../db/database.js';
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
 * under load one statement stores many clicks, and an idle server waits only one event-loop turn.
 * Each insert is its own transaction and a call resolves only once it has committed. Reports of
 * one click id in the same batch are sent once; the unique constraint on `click_id` still decides
 * what is new, so replays never duplicate a row.
 */
export function createClickWriter(db: Database): ClickWriter {
  let queue: Pending[] = [];
  let running = false;
  const insert = db.prepare<ClickRow>('rujuk_click_insert', INSERT);
  const existing = db.prepare<ClickRow>('rujuk_click_existing', EXISTING);

  async function flush(batch: Pending[]): Promise<void> {
    const byId = new Map<string, Pending[]>();
    for (const pending of batch) {
      const same = byId.get(pending.click.clickId);
      if (same) same.push(pending);
      else byId.set(pending.click.clickId, [pending]);
    }
    const columns: (string | null)[][] = [[], [], [], [], [], [], [], [], []];
    for (const [first] of byId.values()) {
      const { click } = first!;
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
    const created = new Map((await insert(columns)).map((row) => [row.click_id, row]));
    const missing = [...byId.keys()].filter((id) => !created.has(id));
    const found = new Map<string, ClickRow>();
    if (missing.length > 0) for (const row of await existing([missing])) found.set(row.click_id, row);
    for (const [id, reports] of byId) {
      const fresh = created.get(id);
      const row = fresh ?? found.get(id);
      // Only the first report of an id in a batch created it; later ones are replays.
      reports.forEach((pending, index) => {
        if (row) pending.resolve({ row, created: fresh !== undefined && index === 0 });
        else pending.reject(new Error(`click ${id} was neither inserted nor found`));
      });
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
