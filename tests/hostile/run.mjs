#!/usr/bin/env node
// `pnpm test:hostile [--soak] [--quick] [vitest options and filters…]`: the hostile suite in its
// long version (HOSTILE_FULL=1), with the summary table at the end. `--soak` adds the five-minute
// soak (RUJUK_SOAK=1); `--quick` runs the everyday version, as `pnpm test` does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const env = { ...process.env };
if (!args.includes('--quick')) env.HOSTILE_FULL = '1';
if (args.includes('--soak')) env.RUJUK_SOAK = '1';
const rest = args.filter((arg) => arg !== '--soak' && arg !== '--quick');

const run = (command, commandArgs) => spawnSync(command, commandArgs, { cwd: root, env, stdio: 'inherit' }).status ?? 1;

// The browser tests load the built bundles and the server's build; build once when they are missing.
const built = [
  'packages/attribution/dist/rujuk.global.js',
  'packages/widget/dist/widget.global.js',
  'packages/server/dist/index.js',
];
if (!built.every((file) => existsSync(`${root}/${file}`))) {
  console.log('test:hostile: building the packages first (pnpm build)');
  if (run('pnpm', ['build']) !== 0) process.exit(1);
}
process.exit(run('pnpm', ['exec', 'vitest', 'run', '--config', 'tests/hostile/vitest.config.ts', ...rest]));
