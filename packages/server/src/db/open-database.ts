import type { Database } from './database.js';
import { openEmbeddedDatabase } from './embedded-database.js';
import { openMemoryDatabase } from './memory-database.js';
import { migrate } from './migrate.js';
import { openPostgresDatabase } from './postgres-database.js';

/** Where the data lives: a PostgreSQL URL, an embedded data directory, or neither (in memory). */
export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
}

/** Opens the database the options point at and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgresDatabase(options.databaseUrl)
    : options.dataDir
      ? await openEmbeddedDatabase(options.dataDir)
      : await openMemoryDatabase();
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}
