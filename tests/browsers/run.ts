// `pnpm test:browsers [--engine chromium|firefox|webkit]… [--parallel]`: the real-browser suites (snippet,
// widget, full loop, the hostile suite's browser part) in every engine, then a table engine × suite. Engines
// run one after the other, or side by side with `--parallel` (every engine's files still one at a time).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Engine, engines } from '../support/engine.js';
import { type JsonReport, renderMatrix, type Tally, tallyReport } from './matrix.js';
import { matrixSuites, suiteOf } from './suites.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const suites = Object.keys(matrixSuites);

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

const parallel = process.argv.includes('--parallel');

/**
 * Runs one vitest invocation in `engine` and counts its tests per suite from the JSON report. Side by
 * side, an engine's output is held and printed whole when it ends, so engines do not interleave lines.
 */
async function runVitest(engine: Engine, args: string[]): Promise<Map<string, Tally>> {
  const dir = mkdtempSync(join(tmpdir(), 'rujuk-browsers-'));
  const report = join(dir, 'report.json');
  try {
    const child = spawn(
      'pnpm',
      ['exec', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
      { cwd: root, env: { ...process.env, RUJUK_ENGINE: engine }, stdio: parallel ? 'pipe' : 'inherit' },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
    await new Promise((done) => child.on('close', done));
    if (parallel) console.log(`\n› ${engine}: ${args.includes('hostile-browser') ? 'hostile' : 'e2e'}\n${output}`);
    if (!existsSync(report)) return new Map(suites.map((suite) => [suite, { passed: 0, failed: 1, skipped: 0 }]));
    return tallyReport(JSON.parse(readFileSync(report, 'utf8')) as JsonReport, suiteOf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs every suite in one engine; answers its cells of the table and how long it took. */
async function runEngine(engine: Engine): Promise<{ tallies: Map<string, Tally>; seconds: number }> {
  const start = Date.now();
  if (!parallel) console.log(`\n› ${engine}`);
  const e2e = await runVitest(engine, [
    '--project',
    'e2e',
    ...Object.entries(matrixSuites)
      .filter(([suite]) => suite !== 'hostile')
      .flatMap(([, globs]) => globs.map((glob) => `tests/${glob.replace('*.test.ts', '')}`)),
  ]);
  const hostile = await runVitest(engine, [
    '--config',
    'tests/hostile/vitest.config.ts',
    '--project',
    'hostile-browser',
  ]);
  return { tallies: new Map([...e2e, ...hostile]), seconds: Math.round((Date.now() - start) / 1000) };
}

const chosen = parseEngines(process.argv.slice(2));
const cells = new Map<string, Map<string, Tally>>();
const seconds = new Map<string, number>();
const started = Date.now();
if (parallel) {
  console.log(`test:browsers: ${chosen.join(', ')} side by side; each engine's output follows as it ends`);
  const results = await Promise.all(chosen.map(runEngine));
  chosen.forEach((engine, index) => {
    cells.set(engine, results[index]!.tallies);
    seconds.set(engine, results[index]!.seconds);
  });
} else {
  for (const engine of chosen) {
    const result = await runEngine(engine);
    cells.set(engine, result.tallies);
    seconds.set(engine, result.seconds);
  }
}
console.log(`\n${renderMatrix(chosen, suites, cells)}`);
console.log(`\n${chosen.map((engine) => `${engine} ${seconds.get(engine)} s`).join(', ')}`);
console.log(
  `${chosen.length} engine(s) in ${Math.round((Date.now() - started) / 1000)} s${parallel ? ', side by side' : ''}`,
);
const failed = [...cells.values()].some((tallies) => [...tallies.values()].some((tally) => tally.failed > 0));
process.exit(failed ? 1 : 0);
