import { describe, expect, it } from 'vitest';
import { postgresFromEnv } from './run-backend.js';

describe('postgresFromEnv', () => {
  it('measures the database DATABASE_URL names, else the one CI names RUJUK_TEST_DATABASE_URL', () => {
    expect(postgresFromEnv({ DATABASE_URL: 'postgres://a', RUJUK_TEST_DATABASE_URL: 'postgres://b' })).toEqual({
      url: 'postgres://a',
      from: 'DATABASE_URL',
    });
    expect(postgresFromEnv({ DATABASE_URL: '', RUJUK_TEST_DATABASE_URL: 'postgres://b' })).toEqual({
      url: 'postgres://b',
      from: 'RUJUK_TEST_DATABASE_URL',
    });
  });

  it('measures no PostgreSQL when neither is set', () => {
    expect(postgresFromEnv({})).toBeUndefined();
  });
});
