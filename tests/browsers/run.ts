// `pnpm test:browsers [--engine chromium|firefox|webkit]… [--jobs N | --parallel] [--rest]`: the real-browser
// suites (snippet, widget, full loop, the hostile suite's browser part) in every engine, then a table engine ×
// suite. Engines run one after the other, `--jobs N` at a time, or all side by side with `--parallel`; every
// engine's files still run one at a time. `--rest` adds the e2e tests outside the matrix, in Chromium, as one
// more job (the README's `npm test` runs `--rest --jobs 2`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Engine, engines } from '../support/engine.js';
import { type JsonReport, renderMatrix, type Tally, tallyReport } from './matrix.js';
import { runPool } from './pool.js';
import { matrixSuites, suiteOf } from './suites.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const suites = Object.keys(matrixSuites);
/** The column of the e2e tests outside the matrix, which `--rest` runs in Chromium. */
const REST = 'other e2e';

function parseEngines(args: string[]): Engine[] {
  const wanted: string[] = [];
  args.forEach((arg, index) => {
    if (arg === '--engine') wanted.push(...(args[index + 1] ?? '').split(','));
    else if (arg.startsWith('--engine=')) wanted.push(...arg.slice('--engine='.length).split(','));
  });
  for (const name of wanted) {
    if (!(engines as readonly string[]).includes(name)) {
      console.error(`test:browsers: unknown engine "${name}"; the engines are ${engines.join(', ')}.`);
      process.exit(2);
    }
  }
  return wanted.length ? (wanted as Engine[]) : [...engines];
}

const run = (args: string[]) => spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' }).status ?? 1;

// The suites load the built bundles and the server's build; build once when they are missing.
const built = [
  'packages/attribution/dist/rujuk.global.js',
  'packages/widget/dist/widget.global.js',
  'packages/server/dist/index.js',
];
if (!built.every((file) => existsSync(join(root, file)))) {
  console.log('test:browsers: building the packages first (pnpm build)');
  if (run(['build']) !== 0) process.exit(1);
}

/** How many engines (and `--rest`) run at once: `--jobs N`, every one with `--parallel`, else 1. */
function parseJobs(args: string[], all: number): number {
  if (args.includes('--parallel')) return all;
  const index = args.findIndex((arg) => arg === '--jobs' || arg.startsWith('--jobs='));
  if (index < 0) return 1;
  const text = args[index]!.includes('=') ? args[index]!.slice('--jobs='.length) : (args[index + 1] ?? '');
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`test:browsers: --jobs wants a whole number of at least 1, not "${text}".`);
    process.exit(2);
  }
  return jobs;
}

const args = process.argv.slice(2);
const chosen = parseEngines(args);
const rest = args.includes('--rest');
const jobs = parseJobs(args, chosen.length + (rest ? 1 : 0));
const parallel = jobs > 1;

/** One vitest invocation of a job: what it is called in logs, which columns it fills, and how. */
interface VitestRun {
  label: string;
  args: string[];
  /** The columns this run fills; each counts one failure when vitest breaks before writing its report. */
  columns: string[];
  /** The column of a test file. */
  columnOf: (file: string) => string | undefined;
  env?: Record<string, string>;
}

/**
 * Runs one vitest invocation in `engine` and counts its tests per column from the JSON report. Side by
 * side, a job's output is held and printed whole when it ends, so jobs do not interleave lines.
 */
async function runVitest(engine: Engine, invocation: VitestRun): Promise<Map<string, Tally>> {
  const dir = mkdtempSync(join(tmpdir(), 'rujuk-browsers-'));
  const report = join(dir, 'report.json');
  try {
    const child = spawn(
      'pnpm',
      [
        'exec',
        'vitest',
        'run',
        ...invocation.args,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ],
      {
        cwd: root,
        env: { ...process.env, ...invocation.env, RUJUK_ENGINE: engine },
        stdio: parallel ? 'pipe' : 'inherit',
      },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
    await new Promise((done) => child.on('close', done));
    if (parallel) console.log(`\n› ${engine}: ${invocation.label}\n${output}`);
    if (!existsSync(report))
      return new Map(invocation.columns.map((column) => [column, { passed: 0, failed: 1, skipped: 0 }]));
    return tallyReport(JSON.parse(readFileSync(report, 'utf8')) as JsonReport, invocation.columnOf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One job of the run: its row in the table, its cells and how long it took. */
interface JobResult {
  engine: Engine;
  name: string;
  tallies: Map<string, Tally>;
  seconds: number;
}

/** Runs every suite in one engine. */
async function runEngine(engine: Engine): Promise<JobResult> {
  const start = Date.now();
  if (!parallel) console.log(`\n› ${engine}`);
  const browserSuites = suites.filter((suite) => suite !== 'hostile');
  const e2e = await runVitest(engine, {
    label: 'e2e',
    args: [
      '--project',
      'e2e',
      ...browserSuites.flatMap((suite) => matrixSuites[suite]!.map((glob) => `tests/${glob.replace('*.test.ts', '')}`)),
    ],
    columns: browserSuites,
    columnOf: suiteOf,
  });
  const hostile = await runVitest(engine, {
    label: 'hostile',
    args: ['--config', 'tests/hostile/vitest.config.ts', '--project', 'hostile-browser'],
    columns: ['hostile'],
    columnOf: suiteOf,
  });
  return { engine, name: engine, tallies: new Map([...e2e, ...hostile]), seconds: elapsed(start) };
}

/** Runs the e2e tests outside the matrix (examples, first-party, demo, harness) in Chromium. */
async function runRest(): Promise<JobResult> {
  const start = Date.now();
  if (!parallel) console.log(`\n› chromium: ${REST}`);
  const tallies = await runVitest('chromium', {
    label: REST,
    args: ['--project', 'e2e'],
    columns: [REST],
    columnOf: () => REST,
    env: { RUJUK_E2E_REST: '1' },
  });
  return { engine: 'chromium', name: `chromium (${REST})`, tallies, seconds: elapsed(start) };
}

const elapsed = (start: number) => Math.round((Date.now() - start) / 1000);

const started = Date.now();
const tasks = [...chosen.map((engine) => () => runEngine(engine)), ...(rest ? [runRest] : [])];
if (parallel)
  console.log(`test:browsers: ${tasks.length} jobs, ${jobs} at a time; each job's output follows as it ends`);
const results = await runPool(tasks, jobs);
const cells = new Map<string, Map<string, Tally>>();
for (const result of results) {
  const row = cells.get(result.engine) ?? new Map<string, Tally>();
  for (const [suite, tally] of result.tallies) row.set(suite, tally);
  cells.set(result.engine, row);
}
// A row per engine that ran something, in the usual order: `--rest` alone still shows chromium's.
const rows = engines.filter((engine) => cells.has(engine));
console.log(`\n${renderMatrix(rows, rest ? [...suites, REST] : suites, cells)}`);
console.log(`\n${results.map((result) => `${result.name} ${result.seconds} s`).join(', ')}`);
console.log(`${tasks.length} job(s), ${jobs} at a time, in ${elapsed(started)} s`);
const failed = [...cells.values()].some((tallies) => [...tallies.values()].some((tally) => tally.failed > 0));
process.exit(failed ? 1 : 0);
