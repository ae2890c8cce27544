// Runs the built server in its own process so the load generator does not share its event loop.
import { startServer } from '../dist/index.js';

const server = await startServer({
  port: 0,
  rateLimits: false,
  dataDir: process.env.BENCH_DATA_DIR || undefined,
  databaseUrl: process.env.DATABASE_URL || undefined,
});
const headers = { authorization: `Bearer ${server.keys.secretKey}`, 'content-type': 'application/json' };
const joined = await fetch(`${server.url}/v1/participants`, {
  method: 'POST',
  headers,
  body: JSON.stringify({ email: `bench-${Date.now()}@example.com`, name: 'Bench' }),
}).then((response) => response.json());
process.send({ url: server.url, keys: server.keys, participant: joined.participant });
// The parent asks for CPU time around the load so it can tell server cost from machine contention.
process.on('message', (message) => {
  if (message === 'cpu') process.send(process.cpuUsage());
  if (message === 'stop') server.close().then(() => process.exit(0));
});
