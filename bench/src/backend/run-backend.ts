import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { type BackendProcess, startBackendProcess } from './backend-process.js';
import { storedClickIds } from './count-clicks.js';

/** Throughput and integrity of `POST /v1/clicks` on one database. */
export interface BackendRow {
  database: 'embedded (PGlite)' | 'PostgreSQL';
  /** Why the row has no figures. */
  skipped?: string;
  connections?: number;
  seconds?: number;
  requestsPerSecond?: number;
  p50Ms?: number;
  p99Ms?: number;
  /** Requests sent by the load generator (those still in flight when the time is up included). */
  sent?: number;
  /** Distinct click ids answered 200/201. */
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
  databaseUrl?: string;
}

const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

/**
 * Loads `POST /v1/clicks` with unique click ids for a fixed time over a fixed number of connections,
 * on a fresh server in a child process, then counts what the database holds: nothing acknowledged may
 * be lost, no click id stored twice. PostgreSQL is measured only when `DATABASE_URL` is set.
 */
export async function runBackend(options: BackendLoadOptions): Promise<BackendRow[]> {
  const rows = [await loadOnce(options, 'embedded (PGlite)')];
  rows.push(
    options.databaseUrl
      ? await loadOnce(options, 'PostgreSQL', options.databaseUrl)
      : { database: 'PostgreSQL', skipped: 'skipped: DATABASE_URL not set' },
  );
  return rows;
}

async function loadOnce(
  options: BackendLoadOptions,
  database: BackendRow['database'],
  databaseUrl?: string,
): Promise<BackendRow> {
  const server = await startBackendProcess(databaseUrl ? { databaseUrl } : {});
  try {
    return await load(server, options, database);
  } finally {
    await server.stop();
  }
}

async function load(server: BackendProcess, options: BackendLoadOptions, database: BackendRow['database']) {
  // A run id keeps click ids and the participant unique even on a PostgreSQL database that outlives runs.
  const run = randomBytes(4).toString('hex');
  // One second of the same load under another code first, so JIT warm-up and the first inserts are not measured.
  await clickLoad(server, { ...options, seconds: 1 }, await joinParticipant(server, `${run}w`), `w${run}`, new Set());
  const code = await joinParticipant(server, run);
  const acknowledged = new Set<string>();
  const cpuBefore = await server.cpuMs();
  const result = await clickLoad(server, options, code, `b${run}`, acknowledged);
  const cpuMs = (await server.cpuMs()) - cpuBefore;
  const stored = await storedClickIds(server.url, server.secretKey, code);
  const distinct = new Set(stored);
  return {
    database,
    connections: options.connections,
    seconds: options.seconds,
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    sent: result.requests.sent,
    acknowledged: acknowledged.size,
    failed: result.non2xx + result.errors + result.timeouts,
    recorded: stored.length,
    lost: [...acknowledged].filter((id) => !distinct.has(id)).length,
    duplicated: stored.length - distinct.size,
    serverCpuPerRequestMs: cpuMs / Math.max(1, result.requests.total),
  };
}

/** Sends unique clicks for `code` for `options.seconds`, adding every acknowledged click id to `acknowledged`. */
function clickLoad(
  server: BackendProcess,
  options: BackendLoadOptions,
  code: string,
  prefix: string,
  acknowledged: Set<string>,
) {
  let next = 0;
  return autocannon({
    url: `${server.url}/v1/clicks`,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${server.publishableKey}`,
          'content-type': 'text/plain',
          'user-agent': BROWSER_UA,
        },
        setupRequest(request, context) {
          context.clickId = `${prefix}-${(next++).toString(36).padStart(7, '0')}`;
          request.body = JSON.stringify({
            code,
            clickId: context.clickId,
            url: `https://shop.example/?ref=${code}`,
            utm: { source: 'bench' },
          });
          return request;
        },
        onResponse(status, _body, context) {
          if (status === 200 || status === 201) acknowledged.add(context.clickId as string);
        },
      },
    ],
  });
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
