// Runs one server in a process of its own for the tests that kill it: options come as JSON in argv,
// and the URL and keys go to stdout once it listens.
import { startServer } from '../server/start-server.js';

const server = await startServer({ port: 0, rateLimits: false, ...JSON.parse(process.argv[2] ?? '{}') });
process.stdout.write(`${JSON.stringify({ url: server.url, ...server.keys })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
