#!/usr/bin/env node
// Prints raw, gzip and brotli sizes of every shipped browser bundle and fails when one exceeds its budget.
// Budgets live in size-budgets.json; each file is compressed on its own, as a browser downloads it.
// A `target` below a budget is the goal still to reach: printed with the distance left, never failing,
// so the budget keeps guarding against regressions while the gap stays in plain sight.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));

const measure = (buffer) => ({
  raw: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length,
});

async function bundle(source) {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: source, resolveDir: join(root, 'tests'), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/** A module and every module it imports statically: what a browser fetches before the module runs. */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.[^"']+)["']/g)) {
    withStaticImports(join(dirname(file), spec), seen);
  }
  return seen;
}

const brotliOf = (files) => files.reduce((sum, file) => sum + measure(readFileSync(file)).brotli, 0);

/** The largest file (in brotli bytes) matching `dir/*.ext`, for budgets that count "one of these" (e.g. the active locale). */
function largestOf(pattern) {
  const dir = join(root, dirname(pattern));
  const suffix = pattern.slice(pattern.lastIndexOf('*') + 1);
  const files = readdirSync(dir).filter((name) => name.endsWith(suffix));
  if (files.length === 0)
    throw Object.assign(new Error(`nothing matches ${pattern}`), { code: 'ENOENT', path: pattern });
  const [largest] = files.map((name) => join(dir, name)).sort((a, b) => brotliOf([b]) - brotliOf([a]));
  return readFileSync(largest);
}

/** Of several modules of which one is fetched (e.g. the first view), the files whose static graph adds most to `counted`. */
function heaviestOf(modules, counted) {
  const graphs = modules.map((file) => [...withStaticImports(join(root, file))].filter((each) => !counted.has(each)));
  return graphs.sort((a, b) => brotliOf(b) - brotliOf(a))[0] ?? [];
}

async function contents(budget) {
  if (budget.bundle) return [await bundle(budget.bundle)];
  const files = new Set();
  for (const file of budget.files ?? []) files.add(join(root, file));
  for (const file of budget.modules ?? []) withStaticImports(join(root, file), files);
  for (const group of budget.heaviestOf ?? []) for (const file of heaviestOf(group, files)) files.add(file);
  return [...[...files].map((file) => readFileSync(file)), ...(budget.largestOf ?? []).map(largestOf)];
}

const rows = [];
let failed = 0;
for (const budget of budgets) {
  let size;
  let problem = '';
  try {
    size = (await contents(budget)).map(measure).reduce((a, b) => ({
      raw: a.raw + b.raw,
      gzip: a.gzip + b.gzip,
      brotli: a.brotli + b.brotli,
    }));
    if (size.brotli > budget.brotli) problem = `over budget by ${size.brotli - budget.brotli} B`;
  } catch (error) {
    problem = `cannot measure (${error.code === 'ENOENT' ? `missing ${error.path}; run pnpm build` : error.message})`;
  }
  if (problem) failed++;
  const toGo =
    size && budget.target && size.brotli > budget.target
      ? `; target ${budget.target} B: ${size.brotli - budget.target} B to go`
      : '';
  rows.push([
    budget.name,
    size?.raw ?? '-',
    size?.gzip ?? '-',
    size?.brotli ?? '-',
    budget.brotli,
    (problem || 'ok') + toGo,
  ]);
}

const header = ['bundle', 'raw B', 'gzip B', 'brotli B', 'budget B', 'status'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 || i === 5 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
if (failed) {
  console.error(`\n${failed} bundle(s) failed their size budget.`);
  process.exit(1);
}
