import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open-database.js';
import { type ClickWriter, createClickWriter } from './click-writer.js';
import type { NewClick } from './clicks.js';
import { insertParticipant } from './participants.js';

let anna: string;

const click = (clickId: string, url = 'https://shop.example/?ref=ANNA42'): NewClick => ({
  clickId,
  code: 'ANNA42',
  participantId: anna,
  url,
  referrer: null,
  utm: { source: 'test' },
  visitorId: null,
  flagReason: null,
});

describe('createClickWriter', () => {
  let db: Database;
  let writer: ClickWriter;

  beforeAll(async () => {
    db = await openDatabase({});
    const participant = await insertParticipant(db, {
      code: 'ANNA42',
      email: 'anna@example.com',
      name: null,
      referredBy: null,
      referrerId: null,
      clickId: null,
      locale: null,
      visitorId: null,
      flagReason: null,
    });
    anna = participant!.id;
    writer = createClickWriter(db);
  });
  afterAll(() => db.close());

  const count = async (clickId: string) =>
    (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM clicks WHERE click_id = $1', [clickId]))[0]!.n;

  it('stores concurrent clicks in one go and answers each with its own row', async () => {
    const results = await Promise.all(['c-batch-1', 'c-batch-2', 'c-batch-3'].map((id) => writer.write(click(id))));
    expect(results.map((r) => [r.row.click_id, r.created])).toEqual([
      ['c-batch-1', true],
      ['c-batch-2', true],
      ['c-batch-3', true],
    ]);
    expect(results[0]!.row.utm).toEqual({ source: 'test' });
    expect(results[0]!.row.created_at).toBeInstanceOf(Date);
  });

  it('stores one row for reports of the same click id in one batch; only the first created it', async () => {
    const results = await Promise.all([
      writer.write(click('c-twice-0', 'https://shop.example/first')),
      writer.write(click('c-twice-0', 'https://shop.example/second')),
    ]);
    expect(results.map((r) => r.created)).toEqual([true, false]);
    expect(results.map((r) => r.row.url)).toEqual(['https://shop.example/first', 'https://shop.example/first']);
    expect(await count('c-twice-0')).toBe(1);
  });

  it('answers a replay of a stored click with the stored row, in a batch with new clicks', async () => {
    await writer.write(click('c-replay-0', 'https://shop.example/original'));
    const [replay, fresh] = await Promise.all([
      writer.write(click('c-replay-0', 'https://shop.example/retry')),
      writer.write(click('c-replay-1')),
    ]);
    expect(replay).toMatchObject({ created: false, row: { url: 'https://shop.example/original' } });
    expect(fresh!.created).toBe(true);
    expect(await count('c-replay-0')).toBe(1);
  });

  it('rejects every report of a batch that could not be stored, and goes on with the next batch', async () => {
    const orphan = { ...click('c-orphan-0'), participantId: 'par_missing' };
    const results = await Promise.allSettled([writer.write(orphan), writer.write(click('c-orphan-1'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((await writer.write(click('c-after-0'))).created).toBe(true);
    expect(await count('c-orphan-1')).toBe(0);
  });
});
