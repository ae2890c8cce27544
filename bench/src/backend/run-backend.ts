import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { type BackendProcess, startBackendProcess } from './backend-process.js';
import { clickLoad } from './click-load.js';
import { storedClickIds } from './count-clicks.js';

/** Throughput and integrity of `POST /v1/clicks` on one database. */
export interface BackendRow {
  database: 'embedded (PGlite, on disk)' | 'PostgreSQL';
  /** Why the row has no figures. */
  skipped?: string;
  connections?: number;
  seconds?: number;
  /** 1-minute load average of the machine just before the load started. */
  loadAverage?: number;
  requestsPerSecond?: number;
  p50Ms?: number;
  p99Ms?: number;
  /** Requests sent by the load generator (those still in flight when the time is up included). */
  sent?: number;
  /** Reports that repeated an earlier click id. */
  replays?: number;
  /** Answers 200 or 201. */
  answered2xx?: number;
  /** Distinct click ids answered 200 or 201. */
  acknowledged?: number;
  /** Answers other than 2xx, socket errors and timeouts. */
  failed?: number;
  /** Rows stored for the load's referral code. */
  recorded?: number;
  /** Acknowledged click ids missing from the database. */
  lost?: number;
  /** Rows beyond one per click id. */
  duplicated?: number;
  /** Server CPU time per request, ms (tells server cost from machine contention). */
  serverCpuPerRequestMs?: number;
}

/** Options of {@link runBackend}. */
export interface BackendLoadOptions {
  seconds: number;
  connections: number;
  /** Skip the one-second warm-up (quick runs). */
  noWarmUp?: boolean;
  /** A PostgreSQL database to measure too, and the variable it came from. */
  postgres?: { url: string; from: string };
}

/** The PostgreSQL database named by `DATABASE_URL`, or by `RUJUK_TEST_DATABASE_URL` as CI sets it. */
export function postgresFromEnv(env: NodeJS.ProcessEnv = process.env): BackendLoadOptions['postgres'] {
  for (const from of ['DATABASE_URL', 'RUJUK_TEST_DATABASE_URL']) {
    const url = env[from];
    if (url) return { url, from };
  }
  return undefined;
}

/**
 * Loads `POST /v1/clicks` on a fresh server in a child process, first on the embedded database in a
 * new data directory (what `rujuk-server` runs by default), then on PostgreSQL when one is given, and
 * counts what each database holds afterwards: nothing acknowledged may be lost, no click id stored twice.
 */
export async function runBackend(options: BackendLoadOptions): Promise<BackendRow[]> {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'rujuk-bench-db-'));
  const rows: BackendRow[] = [];
  try {
    rows.push(await loadOnce(options, 'embedded (PGlite, on disk)', { dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  rows.push(
    options.postgres
      ? await loadOnce(options, 'PostgreSQL', { databaseUrl: options.postgres.url })
      : { database: 'PostgreSQL', skipped: 'skipped: set DATABASE_URL or RUJUK_TEST_DATABASE_URL to measure it' },
  );
  return rows;
}

async function loadOnce(
  options: BackendLoadOptions,
  database: BackendRow['database'],
  where: { dataDir?: string; databaseUrl?: string },
): Promise<BackendRow> {
  const server = await startBackendProcess(where);
  try {
    return await load(server, options, database);
  } finally {
    await server.stop();
  }
}

async function load(server: BackendProcess, options: BackendLoadOptions, database: BackendRow['database']) {
  // A run id keeps click ids and the participant unique even on a PostgreSQL database that outlives runs.
  const run = randomBytes(4).toString('hex');
  // A second of the same load under another code first, so JIT warm-up and the first inserts are not measured.
  if (!options.noWarmUp)
    await clickLoad(server, { ...options, seconds: 1 }, await joinParticipant(server, `${run}w`), `w${run}`);
  const code = await joinParticipant(server, run);
  const loadAverage = os.loadavg()[0]!;
  const cpuBefore = await server.cpuMs();
  const { result, acknowledged, replays } = await clickLoad(server, options, code, `b${run}`);
  const cpuMs = (await server.cpuMs()) - cpuBefore;
  const stored = await storedClickIds(server.url, server.secretKey, code);
  const distinct = new Set(stored);
  return {
    database,
    connections: options.connections,
    seconds: options.seconds,
    loadAverage,
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    sent: result.requests.sent,
    replays,
    answered2xx: result['2xx'],
    acknowledged: acknowledged.size,
    failed: result.non2xx + result.errors + result.timeouts,
    recorded: stored.length,
    lost: [...acknowledged].filter((id) => !distinct.has(id)).length,
    duplicated: stored.length - distinct.size,
    serverCpuPerRequestMs: cpuMs / Math.max(1, result.requests.total),
  };
}

/** Joins a fresh participant with the secret key; its code is what the load's clicks refer to. */
async function joinParticipant(server: BackendProcess, run: string): Promise<string> {
  const response = await fetch(`${server.url}/v1/participants`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email: `bench-${run}@example.com`, name: 'Bench' }),
  });
  if (!response.ok) throw new Error(`POST /v1/participants answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { participant: { code: string } }).participant.code;
}
