import { parseArgs } from 'node:util';
import { RujukError } from '../errors/rujuk-error.js';
import { parseTrustProxy, type TrustProxy } from '../http/client-address.js';

/** A parsed `rujuk-server` command line. */
export interface CliCommand {
  command: 'start' | 'keys' | 'seed' | 'help';
  port: number | undefined;
  host: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  config: string | undefined;
  seed: boolean;
  rotate: boolean;
  log: boolean;
  /** `--trust-proxy` as written, parsed by `startServer`'s option rules. */
  trustProxy: TrustProxy | undefined;
}

/** The `--help` text. */
export const USAGE = `Usage: rujuk-server [start|keys|seed] [options]

Commands:
  start            Start the server (default)
  keys             Print the stored API keys (--rotate makes new ones)
  seed             Load demo participants, clicks and conversions

Options:
  --port <n>           Port to listen on (default 8787; 0 picks a free one)
  --host <host>        Interface to listen on (default 127.0.0.1)
  --data-dir <dir>     Embedded database directory (default .rujuk-data)
  --database-url <url> PostgreSQL URL (default $DATABASE_URL); replaces --data-dir
  --config <file>      Program config JSON (default: the built-in demo program)
  --seed               Load demo data before starting
  --rotate             With "keys": revoke the keys and create new ones
  --log                Print one line per request to stderr
  --trust-proxy <hops|addr,addr,…>
                       Believe X-Forwarded-For/Forwarded from that many proxy hops, or
                       from these proxy addresses and CIDR ranges (default $RUJUK_TRUST_PROXY;
                       none)
  -h, --help           Show this help
`;

/** Parses `rujuk-server` arguments; throws `invalid_options` with the usage on a mistake. */
export function parseCliArgs(argv: string[]): CliCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new RujukError('invalid_options', `${error instanceof Error ? error.message : error}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const command = positionals[0] ?? 'start';
  if (values.help) return defaults('help', values);
  if (!['start', 'keys', 'seed'].includes(command) || positionals.length > 1) {
    throw new RujukError('invalid_options', `Unknown command "${positionals.join(' ')}".\n\n${USAGE}`);
  }
  return defaults(command as CliCommand['command'], values);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      config: { type: 'string' },
      seed: { type: 'boolean' },
      rotate: { type: 'boolean' },
      log: { type: 'boolean' },
      'trust-proxy': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function defaults(command: CliCommand['command'], values: ReturnType<typeof parse>['values']): CliCommand {
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d{1,5}$/.test(values.port) || port > 65535) {
      throw new RujukError('invalid_options', `--port must be a number from 0 to 65535, got "${values.port}".`);
    }
  }
  return {
    command,
    port,
    host: values.host,
    dataDir: values['data-dir'] ?? '.rujuk-data',
    databaseUrl: values['database-url'] ?? (process.env.DATABASE_URL || undefined),
    config: values.config,
    seed: values.seed ?? false,
    rotate: values.rotate ?? false,
    log: values.log ?? false,
    trustProxy: trustProxyArg(values['trust-proxy']),
  };
}

function trustProxyArg(value: string | undefined): TrustProxy | undefined {
  if (value === undefined) return undefined;
  try {
    return parseTrustProxy(value);
  } catch (error) {
    throw new RujukError(
      'invalid_options',
      `--trust-proxy takes a number of hops or comma-separated proxy addresses and CIDR ranges: ${(error as Error).message}`,
    );
  }
}
