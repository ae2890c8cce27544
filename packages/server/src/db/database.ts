/** Anything that runs parameterised SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one statement; every value travels as a `$n` parameter, never inside the SQL text. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** The tiny surface the repository layer needs from a driver (PGlite or PostgreSQL). */
export interface Database extends Queryable {
  readonly kind: 'embedded' | 'postgres';
  /** Runs a script of several statements with no parameters (migrations only). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
