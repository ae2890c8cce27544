#!/usr/bin/env node
// The README's two commands land here (`npm run demo`, `npm test`), so they work on a machine that has only
// Node 20 and npm: get the pinned pnpm, install the workspace, get Chromium, Firefox and WebKit for the browser tests, then run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2];
const passThrough = process.argv.slice(3);
if (mode !== 'demo' && mode !== 'test') {
  console.error('usage: node scripts/quickstart.mjs demo|test');
  process.exit(2);
}

const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function output(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

function step(message) {
  console.log(`\n› ${message}`);
}

function ensurePnpm() {
  if (output('pnpm', ['--version']) === pinned) return;
  step(`installing pnpm ${pinned} (npm i -g pnpm@${pinned})`);
  if (run('npm', ['install', '--global', `pnpm@${pinned}`]) !== 0 || output('pnpm', ['--version']) !== pinned) {
    console.error(
      `Could not install pnpm ${pinned} globally. Install it yourself (npm i -g pnpm@${pinned}) and rerun.`,
    );
    process.exit(1);
  }
}

// The browser tests drive Debian's Chromium, Firefox ESR and WebKitGTK (WebKitWebDriver and MiniBrowser on
// an Xvfb display); each path can be overridden for another install.
const browsers = [
  { name: 'Chromium', pkg: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', env: 'CHROMIUM_PATH' },
  {
    name: 'Firefox ESR',
    pkg: 'firefox-esr',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    env: 'FIREFOX_PATH',
  },
  {
    name: 'WebKit WebDriver',
    pkg: 'webkit2gtk-driver',
    path: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
    env: 'WEBKIT_DRIVER_PATH',
  },
  { name: 'Xvfb', pkg: 'xvfb', path: process.env.XVFB_PATH ?? '/usr/bin/Xvfb', env: 'XVFB_PATH' },
];

function ensureBrowsers() {
  const missing = browsers.filter((browser) => !existsSync(browser.path));
  if (missing.length === 0) return;
  const packages = missing.map((browser) => browser.pkg);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    for (const browser of missing) {
      console.error(
        `The browser tests drive ${browser.name} at ${browser.path}, which is missing. Install it (Debian/Ubuntu: sudo apt-get install ${browser.pkg}) or set ${browser.env}, then rerun.`,
      );
    }
    process.exit(1);
  }
  step(`installing Debian's ${packages.join(' and ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update', '-qq'], { env }) !== 0 ||
    run('apt-get', ['install', '-y', '-qq', ...packages], { env }) !== 0
  ) {
    console.error(`apt-get could not install ${packages.join(' and ')}; install them yourself and rerun.`);
    process.exit(1);
  }
}

ensurePnpm();
step('installing dependencies (pnpm install)');
if (run('pnpm', ['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]) !== 0) process.exit(1);

if (mode === 'test') {
  ensureBrowsers();
  step('building and running every test (pnpm run test:run)');
  process.exit(run('pnpm', ['run', 'test:run', ...passThrough]));
}

step('building the packages (pnpm build)');
if (run('pnpm', ['build']) !== 0) process.exit(1);
step('starting the demo (pnpm dev)');
process.exit(run('pnpm', ['run', 'dev', ...passThrough]));
