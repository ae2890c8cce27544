import { LOG_PREFIX } from '@rujuk/contract';
import pg from 'pg';
import { RujukError } from '../errors/rujuk-error.js';
import type { Database, Queryable } from './database.js';

/** Connects to PostgreSQL through a `pg` pool. */
export async function openPostgresDatabase(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection that PostgreSQL closes (restart, admin kill) emits 'error' on the pool; unhandled, that
  // would crash the process. The pool drops the broken client and opens a new one on the next query.
  pool.on('error', (error) => {
    console.error(`${LOG_PREFIX} a PostgreSQL connection was lost (${error.message}); reconnecting on the next query.`);
  });
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new RujukError('database_unavailable', `Cannot connect to PostgreSQL (${reason}); check DATABASE_URL.`, {
      cause: error,
    });
  }
  const wrap = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query(sql, params as unknown[]);
      return result.rows as T[];
    },
  });
  return {
    kind: 'postgres',
    query: wrap(pool).query,
    // node-postgres prepares a named statement once per pooled connection and reuses it afterwards.
    prepare: (name, sql) => async (params) => (await pool.query({ name, text: sql, values: [...params] })).rows,
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
