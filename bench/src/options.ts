import { BenchError } from './errors.js';

/** The sections of a run, in the order they print. */
export const SECTIONS = ['sizes', 'page', 'snippet', 'widget', 'backend', 'first-party'] as const;

/** One section of the benchmark. */
export type Section = (typeof SECTIONS)[number];

/** What one run measures and how hard it tries. */
export interface BenchOptions {
  /** Smallest counts everywhere and no warm-up, so CI can prove in about a minute that every section still works. @default false */
  quick: boolean;
  /** Page loads per contender for page cost, capture latency and snippet cost (fresh browser context each). @default 20 (quick: 1) */
  runs: number;
  /** Popup opens measured, cold and warm each. @default 20 (quick: 1) */
  opens: number;
  /** Seconds of load on `POST /v1/clicks`, per database. @default 10 (quick: 1) */
  seconds: number;
  /** Concurrent connections of the backend load. @default 10 */
  connections: number;
  /** Chromium CPU slow-down factor, as Lighthouse's mobile preset uses to stand for a mid-range phone. @default 4 */
  cpuThrottle: number;
  /** Sections to run. @default every section */
  only: Section[];
  /**
   * Where the JSON results go, relative to bench/. Only a full run of every section replaces the tracked file.
   * @default 'results/latest.json' (quick: 'results/quick.tmp.json', with --only: 'results/partial.tmp.json')
   */
  out: string;
}

const USAGE =
  'usage: pnpm bench [--quick] [--runs N] [--opens N] [--seconds N] [--connections N] [--cpu-throttle N] [--only sizes,page,snippet,widget,backend,first-party] [--out FILE]';

const positive = (flag: string, value: string | undefined, max: number): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new BenchError('invalid_option', `${flag} needs a whole number from 1 to ${max}, got ${value}. ${USAGE}`);
  return n;
};

/** Parses command-line arguments into complete options; the one place defaults are applied. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const args = argv.filter((arg) => arg !== '--');
  const quick = args.includes('--quick');
  const options: BenchOptions = {
    quick,
    runs: quick ? 1 : 20,
    opens: quick ? 1 : 20,
    seconds: quick ? 1 : 10,
    connections: 10,
    cpuThrottle: 4,
    only: [...SECTIONS],
    out: '',
  };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (flag === '--quick') continue;
    const value = args[++i];
    switch (flag) {
      case '--runs':
        options.runs = positive(flag, value, 500);
        break;
      case '--opens':
        options.opens = positive(flag, value, 500);
        break;
      case '--seconds':
        options.seconds = positive(flag, value, 120);
        break;
      case '--connections':
        options.connections = positive(flag, value, 256);
        break;
      case '--cpu-throttle':
        options.cpuThrottle = positive(flag, value, 20);
        break;
      case '--only': {
        const names = (value ?? '').split(',').filter(Boolean);
        const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
        if (names.length === 0 || unknown.length > 0)
          throw new BenchError('invalid_option', `--only takes sections from ${SECTIONS.join(',')}, got ${value}.`);
        options.only = SECTIONS.filter((section) => names.includes(section));
        break;
      }
      case '--out':
        if (!value) throw new BenchError('invalid_option', `--out needs a file path. ${USAGE}`);
        options.out = value;
        break;
      default:
        throw new BenchError('invalid_option', `unknown argument ${flag}. ${USAGE}`);
    }
  }
  if (!options.out)
    options.out = quick
      ? 'results/quick.tmp.json'
      : options.only.length < SECTIONS.length
        ? 'results/partial.tmp.json'
        : 'results/latest.json';
  return options;
}
