#!/usr/bin/env node
// `pnpm conformance`: runs the protocol conformance suite against a fresh reference server on the
// embedded database, then, when DATABASE_URL is set, against a throwaway PostgreSQL database.
// Builds nothing: it uses packages/server/dist and packages/protocol/dist as they are.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const serverEntry = join(root, 'packages/server/dist/index.js');
const suiteEntry = join(root, 'packages/protocol/dist/conformance.js');

const missing = [
  [serverEntry, 'pnpm --filter @rujuk/server build'],
  [suiteEntry, 'pnpm --filter @rujuk/protocol build'],
].filter(([file]) => !existsSync(file));
if (missing.length > 0) {
  for (const [file, command] of missing) console.error(`conformance: ${file} is missing; run \`${command}\` first.`);
  process.exit(1);
}

const { startServer } = await import(pathToFileURL(serverEntry).href);
const { runConformance } = await import(pathToFileURL(suiteEntry).href);

// The webhooks group needs retries within seconds: the server retries after 0.1, 0.2, 0.4, 0.8 and
// 1.6 s (±20 %), and the suite is told to fail three attempts and expect each retry within 3 s.
const WEBHOOK_SCHEDULE = { retrySchedule: [100, 200, 400, 800, 1600], pollIntervalMs: 50 };
const WEBHOOK_CHECKS = { failures: 3, retryWithinMs: 3000 };

/** Starts a server with `options`, runs the whole suite against it, always stops it; returns the failure count. */
async function pass(label, options) {
  console.log(`\n▶ conformance on ${label}`);
  const server = await startServer({ port: 0, rateLimits: false, webhooks: WEBHOOK_SCHEDULE, ...options });
  try {
    const { failed } = await runConformance({
      baseUrl: server.url,
      publishableKey: server.keys.publishableKey,
      secretKey: server.keys.secretKey,
      origin: 'http://127.0.0.1:5173',
      // On the default program's allow-list.
      wildcardOrigin: 'http://*.localhost:*',
      webhooks: WEBHOOK_CHECKS,
    });
    return failed;
  } finally {
    await server.close();
  }
}

async function embeddedPass() {
  const dataDir = await mkdtemp(join(tmpdir(), 'rujuk-conformance-'));
  // The server falls back to DATABASE_URL when no databaseUrl is given; hide it so this pass stays embedded.
  const { DATABASE_URL } = process.env;
  delete process.env.DATABASE_URL;
  try {
    return await pass(`the embedded database (PGlite in ${dataDir})`, { dataDir });
  } finally {
    if (DATABASE_URL !== undefined) process.env.DATABASE_URL = DATABASE_URL;
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Waits (up to 5 s) for the stopped server's connections to leave, so dropping the database kills nobody's socket. */
async function waitForDisconnects(admin, name) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const { rows } = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function postgresPass(databaseUrl) {
  // pg is a dependency of the server package, not of the workspace root.
  const { Client } = createRequire(join(root, 'packages/server/package.json'))('pg');
  const name = `rujuk_conformance_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    try {
      return await pass(`PostgreSQL (database ${name} on ${url.host})`, { databaseUrl: url.href });
    } finally {
      await waitForDisconnects(admin, name);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

let failures = 0;
try {
  failures += await embeddedPass();
  if (process.env.DATABASE_URL) failures += await postgresPass(process.env.DATABASE_URL);
  else console.log('\n(DATABASE_URL is not set: skipped the PostgreSQL pass)');
} catch (error) {
  // A server that cannot start or a database that cannot be created is a failed run, said plainly.
  console.error(`\nconformance: could not run the suite: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

console.log(failures === 0 ? '\nconformance: every pass succeeded' : `\nconformance: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
