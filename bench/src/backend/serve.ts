// Runs the built reference server in its own process, so the load generator and the browser never share
// its event loop. Prints one JSON line when listening; answers SIGUSR2 with its CPU time; stops on SIGTERM.
import { startServer } from '@rujuk/server';

try {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    rateLimits: false,
    seed: process.env.BENCH_SEED === '1',
    // Only the parent decides the database: an empty value means the embedded one, whatever the shell has.
    databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  });
  process.stdout.write(`${JSON.stringify({ url: server.url, keys: server.keys })}\n`);
  process.on('SIGUSR2', () => process.stdout.write(`${JSON.stringify(process.cpuUsage())}\n`));
  process.once('SIGTERM', () => server.close().then(() => process.exit(0)));
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: (error as Error).message })}\n`);
  process.exit(1);
}
