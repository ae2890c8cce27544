// `pnpm test:browsers [--engine chromium|firefox|webkit]…`: the real-browser suites (snippet, widget, full
// loop, the hostile suite's browser part) in every engine, one engine after the other, then a table engine ×
// suite. Engines run one at a time: side by side on a small machine they only make each other's timers late.
import { spawnSync } from 'node:child_process';
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

const run = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync('pnpm', args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;

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

/** Runs one vitest invocation in `engine` and counts its tests per suite from the JSON report. */
function runVitest(engine: Engine, args: string[]): Map<string, Tally> {
  const dir = mkdtempSync(join(tmpdir(), 'rujuk-browsers-'));
  const report = join(dir, 'report.json');
  try {
    run(['exec', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
      ...process.env,
      RUJUK_ENGINE: engine,
    });
    if (!existsSync(report)) return new Map(suites.map((suite) => [suite, { passed: 0, failed: 1, skipped: 0 }]));
    return tallyReport(JSON.parse(readFileSync(report, 'utf8')) as JsonReport, suiteOf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const chosen = parseEngines(process.argv.slice(2));
const cells = new Map<string, Map<string, Tally>>();
const started = Date.now();
for (const engine of chosen) {
  console.log(`\n› ${engine}`);
  const e2e = runVitest(engine, [
    '--project',
    'e2e',
    ...Object.entries(matrixSuites)
      .filter(([suite]) => suite !== 'hostile')
      .flatMap(([, globs]) => globs.map((glob) => `tests/${glob.replace('*.test.ts', '')}`)),
  ]);
  const hostile = runVitest(engine, ['--config', 'tests/hostile/vitest.config.ts', '--project', 'hostile-browser']);
  cells.set(engine, new Map([...e2e, ...hostile]));
}
console.log(`\n${renderMatrix(chosen, suites, cells)}`);
console.log(`\n${chosen.length} engine(s) in ${Math.round((Date.now() - started) / 1000)} s`);
const failed = [...cells.values()].some((tallies) => [...tallies.values()].some((tally) => tally.failed > 0));
process.exit(failed ? 1 : 0);
