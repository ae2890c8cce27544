import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { ProgramConfigInput } from '../config/types.js';
import { createApp } from '../http/create-app.js';
import { createContext } from '../server/create-context.js';
import type { AppContext } from '../services/app-context.js';
import type { WebhookOptions } from '../webhooks/webhook-options.js';

// CI names its test database RUJUK_TEST_DATABASE_URL so that servers other tests start stay embedded.
const postgresUrl = process.env.RUJUK_TEST_DATABASE_URL || process.env.DATABASE_URL;

/**
 * The databases route tests run on: always the embedded one, and PostgreSQL too when
 * RUJUK_TEST_DATABASE_URL (or DATABASE_URL) is set.
 */
export const databases: { name: string; url: string | undefined }[] = [
  { name: 'embedded', url: undefined },
  ...(postgresUrl ? [{ name: 'postgres', url: postgresUrl }] : []),
];

/** How a test request authenticates: the publishable key, the secret key, a literal header, or nothing. */
export type KeyChoice = 'pk' | 'sk' | null | { authorization: string };

/** Options of one test request. */
export interface CallOptions {
  key?: KeyChoice;
  body?: unknown;
  headers?: Record<string, string>;
}

// Answers are parsed JSON that each test checks with assertions, so a loose type reads best there.
// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, narrowed by the assertions of each test
type Json = any;

/** A parsed answer. */
export interface Answer<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

/** A context and app on a fresh database, with a request helper. */
export interface TestApp {
  ctx: AppContext;
  call<T = Json>(method: string, path: string, options?: CallOptions): Promise<Answer<T>>;
  close(): Promise<void>;
}

/** Creates a fresh PostgreSQL database next to `url`; `drop()` removes it. */
export async function freshPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `rujuk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.href,
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Builds a test app on a fresh database of the given kind; with `webhooks`, it also delivers them. */
export async function testApp(
  databaseUrl: string | undefined,
  config?: ProgramConfigInput,
  rateLimits: false | { clicksPerMinute?: number; joinsPerMinute?: number } = false,
  webhooks?: WebhookOptions,
): Promise<TestApp> {
  const fresh = databaseUrl ? await freshPostgres(databaseUrl) : undefined;
  const ctx = await createContext({ databaseUrl: fresh?.url, config, rateLimits, webhooks });
  if (webhooks) ctx.webhooks.start();
  const app = createApp(ctx);
  return {
    ctx,
    async call(method, path, options = {}) {
      const headers = new Headers(options.headers);
      const key = options.key === undefined ? 'pk' : options.key;
      if (key === 'pk') headers.set('authorization', `Bearer ${ctx.keys.publishableKey}`);
      else if (key === 'sk') headers.set('authorization', `Bearer ${ctx.keys.secretKey}`);
      else if (key) headers.set('authorization', key.authorization);
      let body: string | undefined;
      if (options.body !== undefined) {
        body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
        if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      }
      if (!headers.has('user-agent')) headers.set('user-agent', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0');
      const response = await app.request(path, { method, headers, body });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
    },
    async close() {
      await ctx.webhooks.close();
      await ctx.db.close();
      await fresh?.drop();
    },
  };
}

/**
 * Starts an app with `start` before the enclosing `describe`'s tests and closes it after. The fields
 * are filled in `beforeAll`, so read them inside hooks and tests, never while collecting.
 */
export function useApp<T extends { close(): Promise<void> }>(start: () => Promise<T>): T {
  const app = {} as T;
  // A fresh PostgreSQL database is created and migrated first: slow on a loaded machine.
  beforeAll(async () => {
    Object.assign(app, await start());
  }, 120_000);
  afterAll(() => app.close());
  return app;
}

/** A test app (see `testApp`) for the enclosing `describe`: started before its tests, closed after. */
export const useTestApp = (...args: Parameters<typeof testApp>): TestApp => useApp(() => testApp(...args));

let counter = 0;
/** A unique email for one test, so tests sharing a database never collide. */
export function uniqueEmail(name = 'user'): string {
  counter++;
  return `${name}.${counter}.${randomBytes(3).toString('hex')}@example.com`;
}

/** A unique id matching the click/visitor id pattern. */
export function uniqueId(prefix = 'id'): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}
