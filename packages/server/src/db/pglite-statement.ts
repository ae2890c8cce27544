import { type PGlite, parse, protocol } from '@electric-sql/pglite';
import type { PreparedStatement, StatementParam } from './database.js';

const TEXT = 25;
const TEXT_ARRAY = 1009;

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((size, part) => size + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/**
 * A named prepared statement on PGlite. `db.query()` sends every statement as six protocol round
 * trips (parse, describe, bind, describe, execute, sync) and parses and plans it again each time;
 * this sends bind, describe, execute and sync in one message and lets PostgreSQL reuse its plan,
 * which halves the cost of a click insert. Parameters travel as text, never inside the SQL.
 */
export function pgliteStatement<T>(db: PGlite, name: string, sql: string): PreparedStatement<T> {
  const { serialize } = protocol;
  let parsed = false;
  const value = (param: StatementParam): string | null =>
    param === null || typeof param === 'string' ? param : (db.serializers[TEXT_ARRAY]!(param) as string);
  const run = async (params: readonly StatementParam[]): Promise<T[]> => {
    const parts: Uint8Array[] = [];
    if (!parsed) {
      // After a failed call the statement may or may not exist; closing a missing one is no error.
      parts.push(
        serialize.close({ type: 'S', name }),
        serialize.parse({ name, text: sql, types: params.map((p) => (Array.isArray(p) ? TEXT_ARRAY : TEXT)) }),
      );
    }
    parts.push(
      serialize.bind({ statement: name, values: params.map(value) }),
      serialize.describe({ type: 'P' }),
      serialize.execute({}),
      serialize.sync(),
    );
    parsed = false;
    const { messages } = await db.execProtocol(concat(parts));
    parsed = true;
    return (parse.parseResults(messages, db.parsers)[0]?.rows ?? []) as T[];
  };
  // Both of PGlite's locks, taken in the order `query()` takes them: the protocol calls above are not
  // guarded by PGlite itself, and without the transaction lock this insert could run inside a
  // transaction another request has open, and vanish if that one rolls back.
  return (params) => db._runExclusiveTransaction(() => db.runExclusive(() => run(params)));
}
