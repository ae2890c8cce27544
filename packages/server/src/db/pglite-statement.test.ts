import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { openDatabase } from './open-database.js';

describe('prepared statements on the embedded database', () => {
  let db: Database;

  beforeAll(async () => {
    db = await openDatabase({});
    await db.exec('CREATE TABLE notes (id text PRIMARY KEY, body text)');
  });
  afterAll(() => db.close());

  it('sends text and arrays of text as parameters, quotes, backslashes, braces and nulls intact', async () => {
    const insert = db.prepare<{ id: string; body: string | null }>(
      'test_notes_insert',
      'INSERT INTO notes SELECT * FROM unnest($1::text[], $2::text[]) RETURNING id, body',
    );
    const bodies = ['say "hi"', 'C:\\path', '{a,b}', null, "it's; DROP TABLE notes"];
    const rows = await insert([bodies.map((_, i) => `n${i}`), bodies]);
    expect(rows.map((row) => row.body)).toEqual(bodies);
    const one = db.prepare<{ body: string }>('test_notes_one', 'SELECT body FROM notes WHERE id = $1');
    expect(await one(['n4'])).toEqual([{ body: "it's; DROP TABLE notes" }]);
  });

  it('keeps working after a call fails', async () => {
    const insert = db.prepare('test_notes_retry', 'INSERT INTO notes (id, body) VALUES ($1, $2) RETURNING id');
    await insert(['r1', 'first']);
    await expect(insert(['r1', 'again'])).rejects.toThrow(/duplicate key/);
    expect(await insert(['r2', 'second'])).toEqual([{ id: 'r2' }]);
  });

  it('commits on its own, never inside a transaction another caller has open', async () => {
    const insert = db.prepare('test_notes_outside', 'INSERT INTO notes (id, body) VALUES ($1, $2)');
    let inserted: Promise<unknown> = Promise.resolve();
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO notes (id, body) VALUES ('t1', 'in the transaction')`);
        inserted = insert(['t2', 'outside']);
        await new Promise((done) => setTimeout(done, 20));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await inserted;
    const ids = (await db.query<{ id: string }>(`SELECT id FROM notes WHERE id IN ('t1', 't2')`)).map((r) => r.id);
    expect(ids).toEqual(['t2']);
  });
});
