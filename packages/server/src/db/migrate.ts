import type { Database } from './database.js';
import { migrations } from './migrations.js';

// Any constant works; it only has to be the same for every server sharing a database.
const MIGRATION_LOCK = 7_245_851;

/** Applies the migrations this database has not seen yet, in order, each in its own transaction. */
export async function migrate(db: Database): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS rujuk_migrations (
    id integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  for (const migration of migrations) {
    await db.transaction(async (tx) => {
      // Serialises servers that start at the same time against one PostgreSQL.
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.query('SELECT 1 FROM rujuk_migrations WHERE id = $1', [migration.id]);
      if (done.length > 0) return;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO rujuk_migrations (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
      applied.push(migration.id);
    });
  }
  return applied;
}

/** Splits a migration script on statement-ending semicolons (our migrations hold no quoted `;`). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((statement) =>
      statement
        .split('\n')
        .filter((line) => !line.trim().startsWith('--'))
        .join('\n')
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}
