// Click-report benchmark: a bounded loopback load against a fresh server, then a count in the
// database of what was acknowledged. Prints figures; asserts nothing about time.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import autocannon from 'autocannon';

const DURATION = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
// Optional fixed arrival rate (requests/s over all connections); unset means as fast as answers come.
const RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;
const DUPLICATE_EVERY = 10;

async function startChild() {
  const child = fork(new URL('./serve.mjs', import.meta.url).pathname, { env: process.env });
  child.on('exit', (code, signal) => {
    if (code !== 0) process.stderr.write(`bench: the server exited (${signal ?? code})\n`);
  });
  const nextMessage = () => new Promise((resolve) => child.once('message', resolve));
  const ready = await nextMessage();
  const cpu = async () => {
    const usage = nextMessage();
    child.send('cpu');
    const { user, system } = await usage;
    return (user + system) / 1000;
  };
  const stop = async () => {
    child.send('stop');
    await once(child, 'exit');
  };
  return { stop, cpu, ...ready };
}

async function countClicks(url, secretKey, code) {
  const ids = [];
  let cursor = null;
  do {
    const query = new URLSearchParams({ code, limit: '100', ...(cursor ? { cursor } : {}) });
    const page = await fetch(`${url}/v1/clicks?${query}`, {
      headers: { authorization: `Bearer ${secretKey}` },
    }).then((response) => response.json());
    for (const click of page.items) ids.push(click.clickId);
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

async function run() {
  const { stop, cpu, url, keys, participant } = await startChild();
  const cpuBefore = await cpu();
  const database = process.env.DATABASE_URL
    ? 'PostgreSQL'
    : `embedded (PGlite, ${process.env.BENCH_DATA_DIR ? 'data directory' : 'in memory'})`;
  let next = 0;
  // Click ids are unique per database, so a run against a reused PostgreSQL database needs its own.
  const runId = `bench${Date.now().toString(36)}`;
  const acknowledged = new Set();
  const instance = autocannon({
    url: `${url}/v1/clicks`,
    connections: CONNECTIONS,
    duration: DURATION,
    ...(RATE ? { overallRate: RATE } : {}),
    requests: [
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${keys.publishableKey}`,
          'content-type': 'text/plain',
          'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36',
        },
        setupRequest(request, context) {
          next++;
          // Every tenth report replays an earlier click id, as a retried beacon would.
          const n = next % DUPLICATE_EVERY === 0 && next > DUPLICATE_EVERY ? next - DUPLICATE_EVERY / 2 : next;
          context.clickId = `${runId}-${n.toString(36).padStart(6, '0')}`;
          request.body = JSON.stringify({
            code: participant.code,
            clickId: context.clickId,
            url: `https://shop.example/?ref=${participant.code}`,
            utm: { source: 'bench' },
          });
          return request;
        },
      },
    ],
  });
  // Read from the `response` event, not an `onResponse` hook: for that hook autocannon turns every
  // answer's headers into an object, which costs the load generator (and so the server, on the same
  // cores) about a third of the throughput. With one request in flight per connection, the
  // connection's context still holds the answered request's click id when the event fires.
  instance.on('response', (client, status) => {
    if (status === 200 || status === 201) acknowledged.add(client.requestIterator.context.clickId);
  });
  const result = await instance;
  const serverCpuMs = (await cpu()) - cpuBefore;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const stored = await countClicks(url, keys.secretKey, participant.code);
  const distinct = new Set(stored);
  const lost = [...acknowledged].filter((id) => !distinct.has(id)).length;
  await stop();

  const line = (label, value) => console.log(`${label.padEnd(28)}${value}`);
  const rate = RATE ? `, ${RATE} req/s offered` : '';
  console.log(`\nPOST /v1/clicks — ${database}, ${CONNECTIONS} connections${rate}, ${DURATION} s, loopback`);
  line('requests/s (mean)', result.requests.average.toFixed(0));
  line('latency p50 / p99 / max', `${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms`);
  const perRequest = serverCpuMs / result.requests.total;
  line(
    'server CPU per request',
    `${perRequest.toFixed(3)} ms (≈ ${Math.round(1000 / perRequest)} req/s per free core)`,
  );
  line(
    'machine load average',
    os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' '),
  );
  line('responses 2xx / other', `${result['2xx']} / ${result.non2xx + result.errors + result.timeouts}`);
  line('distinct click ids acked', acknowledged.size);
  // Can exceed the acknowledged count by the reports still in flight when the load stopped.
  line('rows in database', stored.length);
  line('lost (acked, not stored)', lost);
  line('duplicated (same click id)', stored.length - distinct.size);
  const ok =
    result.requests.average >= 2000 && result.latency.p99 < 20 && lost === 0 && stored.length === distinct.size;
  line('target (≥2000 req/s, p99<20ms, 0 lost, 0 dup)', ok ? 'met' : 'NOT met');
}

await run();
