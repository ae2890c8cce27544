// Runs the built reference server in its own process, so the load generator and the browser never share
// its event loop. Prints one JSON line when listening; answers SIGUSR2 with its CPU time; stops on SIGTERM
// or when the bench's end of stdin closes.
import { startServer } from '@rujuk/server';

try {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    rateLimits: false,
    seed: process.env.BENCH_SEED === '1',
    // Only the parent decides the database: an empty value means the embedded one, whatever the shell has.
    databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
    dataDir: process.env.BENCH_DATA_DIR || undefined,
  });
  process.stdout.write(`${JSON.stringify({ url: server.url, keys: server.keys })}\n`);
  process.on('SIGUSR2', () => process.stdout.write(`${JSON.stringify(process.cpuUsage())}\n`));
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  // The bench holds our stdin open; when it ends, the bench is gone and nobody will stop this server.
  process.stdin.once('end', stop).resume();
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: (error as Error).message })}\n`);
  process.exit(1);
}
