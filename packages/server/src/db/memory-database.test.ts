import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { openMemoryDatabase, templatePath } from './memory-database.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations.js';

const tableCount = async (db: Database) =>
  (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'"))[0]?.n;

// Each first start runs initdb in WebAssembly: seconds on a loaded machine.
describe('in-memory databases started from the schema template', { timeout: 60_000 }, () => {
  let directory: string;
  let path: string;
  const open: Database[] = [];
  const start = async () => {
    const db = await openMemoryDatabase(path);
    open.push(db);
    return db;
  };

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'rujuk-template-'));
    path = templatePath(directory);
  });
  afterAll(async () => {
    await Promise.all(open.map((db) => db.close()));
    await rm(directory, { recursive: true, force: true });
  });

  it('names the template after the schema, in a folder of its own', () => {
    expect(path).toMatch(/\/rujuk\/pglite-template-[0-9a-f]{16}\.tar\.gz$/);
    expect(path.startsWith(directory)).toBe(true);
  });

  it('keeps the first migrated database as a template on disk, holding the schema and none of its rows', async () => {
    const first = await start();
    await first.query("INSERT INTO api_keys (publishable_key, secret_key, secret_hash) VALUES ('pk', 'sk', 'h')");
    expect((await readFile(path)).length).toBeGreaterThan(1000);

    const second = await start();
    expect(await migrate(second)).toEqual([]);
    expect(await tableCount(second)).toBe(await tableCount(first));
    const applied = await second.query<{ id: number }>('SELECT id FROM rujuk_migrations ORDER BY id');
    expect(applied.map((row) => row.id)).toEqual(migrations.map((migration) => migration.id));
    expect(await second.query('SELECT * FROM api_keys')).toEqual([]);
  });

  it('gives every start a database of its own', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    await a.query("INSERT INTO api_keys (publishable_key, secret_key, secret_hash) VALUES ('pk-a', 'sk', 'h')");
    expect(await b.query('SELECT * FROM api_keys')).toEqual([]);
  });

  it('rebuilds a template it cannot read instead of failing to start', async () => {
    const otherPath = templatePath(join(directory, 'corrupt'));
    await mkdir(join(otherPath, '..'), { recursive: true });
    await writeFile(otherPath, 'not a tarball');

    const db = await openMemoryDatabase(otherPath);
    open.push(db);
    expect(await migrate(db)).toEqual([]);
    expect(await tableCount(db)).toBeGreaterThan(5);
    expect((await readFile(otherPath)).length).toBeGreaterThan(1000);
  });
});
