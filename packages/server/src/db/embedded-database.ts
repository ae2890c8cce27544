import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';
import { pgliteStatement } from './pglite-statement.js';

/** Opens the embedded PostgreSQL (PGlite): persisted in `dataDir`, or in memory without one. */
export async function openEmbeddedDatabase(dataDir?: string): Promise<Database> {
  // PGlite creates only the last folder of the path; `.rujuk-data/demo` on a fresh checkout needs its parent too.
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  // In memory there is no disk to wait for, so waiting for WAL flushes buys nothing but latency.
  if (!dataDir) await db.exec('SET synchronous_commit = off');
  const wrap = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, params as unknown[]);
      return result.rows;
    },
  });
  const root = wrap(db);
  return {
    kind: 'embedded',
    query: root.query,
    async exec(sql) {
      await db.exec(sql);
    },
    prepare: (name, sql) => pgliteStatement(db, name, sql),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
  };
}
