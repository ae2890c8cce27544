import { LOG_PREFIX } from '@rujuk/contract';
import { isRujukError } from '../errors/rujuk-error.js';
import { seedDemo } from '../seed/seed-demo.js';
import { createContext } from '../server/create-context.js';
import { startServer } from '../server/start-server.js';
import { rotateKeys } from '../store/keys.js';
import { type CliCommand, parseCliArgs, USAGE } from './parse-args.js';

type Print = (line: string) => void;

function where(cmd: CliCommand): string {
  return cmd.databaseUrl ? 'PostgreSQL' : `embedded database in ${cmd.dataDir}`;
}

async function keys(cmd: CliCommand, print: Print): Promise<void> {
  const ctx = await createContext({ databaseUrl: cmd.databaseUrl, dataDir: cmd.dataDir, rateLimits: false });
  try {
    const pair = cmd.rotate ? await rotateKeys(ctx.db) : ctx.keys;
    if (cmd.rotate) print('New keys created; the old ones stop working once running servers restart.');
    print(`Publishable key: ${pair.publishableKey}`);
    print(`Secret key:      ${pair.secretKey}`);
  } finally {
    await ctx.db.close();
  }
}

async function seed(cmd: CliCommand, print: Print): Promise<void> {
  const ctx = await createContext({
    databaseUrl: cmd.databaseUrl,
    dataDir: cmd.dataDir,
    config: cmd.config,
    rateLimits: false,
  });
  try {
    const summary = await seedDemo(ctx);
    print(
      `Seeded ${summary.participants} participants, ${summary.clicks} clicks and ${summary.conversions} conversions (${where(cmd)}).`,
    );
  } finally {
    await ctx.db.close();
  }
}

async function start(cmd: CliCommand, print: Print): Promise<void> {
  const server = await startServer({
    port: cmd.port,
    host: cmd.host,
    databaseUrl: cmd.databaseUrl,
    dataDir: cmd.databaseUrl ? undefined : cmd.dataDir,
    config: cmd.config,
    seed: cmd.seed,
    logger: cmd.log,
    ...(cmd.trustProxy === undefined ? {} : { trustProxy: cmd.trustProxy }),
  });
  print(`Rujuk server listening on ${server.url} (${where(cmd)})`);
  print(`Publishable key: ${server.keys.publishableKey}`);
  print(`Secret key:      ${server.keys.secretKey}`);
  const stop = (signal: string) => {
    print(`${signal} received, stopping…`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

/** Runs `rujuk-server` with the given arguments; answers the exit code (`start` keeps running). */
export async function runCli(argv: string[], print: Print = (line) => process.stdout.write(`${line}\n`)) {
  try {
    const cmd = parseCliArgs(argv);
    if (cmd.command === 'help') print(USAGE);
    else if (cmd.command === 'keys') await keys(cmd, print);
    else if (cmd.command === 'seed') await seed(cmd, print);
    else await start(cmd, print);
    return 0;
  } catch (error) {
    const message = isRujukError(error)
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
    process.stderr.write(`${LOG_PREFIX} ${message}\n`);
    return 1;
  }
}
