/** Anything that runs parameterised SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one statement; every value travels as a `$n` parameter, never inside the SQL text. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** A statement parameter of a prepared statement: text or an array of text, nulls allowed. */
export type StatementParam = string | null | readonly (string | null)[];

/** Runs one fixed statement with new parameters; parsed and planned once per connection, not per call. */
export type PreparedStatement<T> = (params: readonly StatementParam[]) => Promise<T[]>;

/** The tiny surface the repository layer needs from a driver (PGlite or PostgreSQL). */
export interface Database extends Queryable {
  readonly kind: 'embedded' | 'postgres';
  /** Runs a script of several statements with no parameters (migrations only). */
  exec(sql: string): Promise<void>;
  /**
   * Prepares a statement for the hot path (click inserts): `name` must be unique per statement text.
   * Each call is its own transaction, never part of one that `transaction()` has open.
   */
  prepare<T = Record<string, unknown>>(name: string, sql: string): PreparedStatement<T>;
  /** Runs `work` in one transaction, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
