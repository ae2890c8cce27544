import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';
import { pgliteStatement } from './pglite-statement.js';

/** The embedded database, which can also hand out a copy of its whole data directory. */
export interface EmbeddedDatabase extends Database {
  /** The data directory as a gzipped tarball, which `openEmbeddedDatabase` can start from. */
  dumpDataDir(): Promise<Blob>;
}

/**
 * Opens the embedded PostgreSQL (PGlite): persisted in `dataDir`, or in memory without one, then
 * starting from `template` (a `dumpDataDir()` tarball) when given instead of an empty cluster.
 */
export async function openEmbeddedDatabase(dataDir?: string, template?: Blob): Promise<EmbeddedDatabase> {
  // PGlite creates only the last folder of the path; `.rujuk-data/demo` on a fresh checkout needs its parent too.
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, template ? { loadDataDir: template } : {});
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
    async dumpDataDir() {
      // With synchronous_commit off the last commits may still sit in WAL buffers, outside the files.
      await db.exec('CHECKPOINT');
      return db.dumpDataDir('gzip');
    },
    close: () => db.close(),
  };
}
