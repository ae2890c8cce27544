import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from './database.js';
import { openEmbeddedDatabase } from './embedded-database.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations.js';

// Creating a PGlite cluster runs initdb inside WebAssembly: seconds per start, paid by every server a
// test suite starts. Loading the tarball of a cluster already created and migrated takes a fraction
// of that, so the first in-memory start of a schema keeps one, in this process and in the OS temp dir.
const templates = new Map<string, Promise<Blob | undefined>>();

/** Where the template of the current schema lives; a schema change names a new file. */
export function templatePath(directory = tmpdir()): string {
  const schema = createHash('sha256');
  for (const migration of migrations) schema.update(`${migration.id}\0${migration.sql}\0`);
  return join(directory, 'rujuk', `pglite-template-${schema.digest('hex').slice(0, 16)}.tar.gz`);
}

/** Opens an empty, migrated in-memory database, from the schema's template when there is one. */
export async function openMemoryDatabase(path = templatePath()): Promise<Database> {
  let template = templates.get(path);
  if (!template) {
    template = readFile(path).then(
      (bytes) => new Blob([bytes]),
      () => undefined,
    );
    templates.set(path, template);
  }
  const saved = await template;
  if (saved) {
    try {
      return await openEmbeddedDatabase(undefined, saved);
    } catch {
      // A template this PGlite cannot read (another PostgreSQL major, a truncated file) is rebuilt.
      templates.delete(path);
      await rm(path, { force: true });
    }
  }
  const db = await openEmbeddedDatabase();
  try {
    await migrate(db);
    // Taken before the caller writes anything, so the template holds the schema and no rows.
    const dump = await db.dumpDataDir();
    templates.set(path, Promise.resolve(dump));
    await keepTemplate(dump, path);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}

/** Writes the template to disk atomically, so concurrent first starts never read half a file. */
async function keepTemplate(dump: Blob, path: string): Promise<void> {
  const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
  try {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, path);
  } catch {
    // A read-only temp dir only costs later processes their speed.
    await rm(partial, { force: true }).catch(() => {});
  }
}
