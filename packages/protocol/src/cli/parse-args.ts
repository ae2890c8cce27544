import { parseArgs } from 'node:util';
import type { ConformanceOptions, GroupName } from '../conformance/index.js';
import { RujukError } from '../errors/rujuk-error.js';

/** Usage text of `rujuk-conformance`. */
export const USAGE = `Usage: rujuk-conformance --base-url URL --publishable-key pk_… --secret-key sk_… [--origin URL] [--wildcard-origin PATTERN] [--webhooks [--webhook-failures N] [--webhook-retry-within MS]] [--only group,group]

Checks that a backend speaks the Rujuk protocol. Prints one line per check and "N passed, N failed".
Exits 1 when any check fails, 2 on bad arguments.

  --base-url         Backend base URL, e.g. http://127.0.0.1:8787
  --publishable-key  The program's publishable key (pk_…)
  --secret-key       The program's secret key (sk_…)
  --origin           An allowed origin of the program (default http://127.0.0.1:5173)
  --wildcard-origin  An allowed-origin pattern with a leading *. label, e.g. https://*.shop.example
  --webhooks         Also run the webhooks group: the backend must reach a receiver on this machine's 127.0.0.1
  --webhook-failures How many attempts in a row the receiver answers 500 (default 1)
  --webhook-retry-within
                     Milliseconds within which the backend retries a failed delivery (default 10000)
  --only             Comma-separated check groups to run
  --timeout          Milliseconds one HTTP call may take (default 10000)
  --help             Show this text`;

/** Turns command-line arguments into suite options, or `'help'`; throws a `RujukError` on bad arguments. */
export function parseCliArgs(argv: string[]): Omit<ConformanceOptions, 'log'> | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        'base-url': { type: 'string' },
        'publishable-key': { type: 'string' },
        'secret-key': { type: 'string' },
        origin: { type: 'string' },
        'wildcard-origin': { type: 'string' },
        webhooks: { type: 'boolean' },
        'webhook-failures': { type: 'string' },
        'webhook-retry-within': { type: 'string' },
        only: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new RujukError('invalid_option', (error as Error).message);
  }
  if (values.help) return 'help';
  const missing = ['base-url', 'publishable-key', 'secret-key'].filter((name) => !values[name]);
  if (missing.length > 0) throw new RujukError('invalid_option', `Missing ${missing.map((m) => `--${m}`).join(', ')}.`);
  const options: Omit<ConformanceOptions, 'log'> = {
    baseUrl: values['base-url'] as string,
    publishableKey: values['publishable-key'] as string,
    secretKey: values['secret-key'] as string,
  };
  if (values.origin) options.origin = values.origin as string;
  if (values['wildcard-origin']) options.wildcardOrigin = values['wildcard-origin'] as string;
  if (values['webhook-failures'] || values['webhook-retry-within']) {
    if (!values.webhooks)
      throw new RujukError('invalid_option', '--webhook-failures and --webhook-retry-within need --webhooks.');
  }
  if (values.webhooks) {
    options.webhooks = {};
    if (values['webhook-failures']) options.webhooks.failures = Number(values['webhook-failures']);
    if (values['webhook-retry-within']) options.webhooks.retryWithinMs = Number(values['webhook-retry-within']);
  }
  if (values.only) options.only = (values.only as string).split(',').map((name) => name.trim()) as GroupName[];
  if (values.timeout) options.timeoutMs = Number(values.timeout);
  return options;
}
