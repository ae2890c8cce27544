#!/usr/bin/env node
// Builds the script-tag deliverable next to the npm build: a small IIFE loader (dist/widget.global.js)
// and the ES module chunks it imports on demand (dist/ui/): the UI, one module per locale, the QR encoder.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const locales = readdirSync(join(root, 'src/i18n/locales')).map((file) => file.replace(/\.ts$/, ''));
// nanostores keeps its epoch on `globalThis.nanostoresGlobal` so that several copies of the library share it.
// The script-tag build holds the page's only copy, and promises to add nothing global but `window.rujuk`.
const localNanostoresEpoch = {
  name: 'local-nanostores-epoch',
  setup(build) {
    build.onLoad({ filter: /nanostores[\\/]atom[\\/]index\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const patched = source.replace('(globalThis.nanostoresGlobal ||= { epoch: 0 })', '{ epoch: 0 }');
      if (patched === source) throw new Error('nanostores changed: update the local-nanostores-epoch plugin');
      return { contents: patched, loader: 'js' };
    });
  },
};

const shared = {
  bundle: true,
  minify: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'browser',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  absWorkingDir: root,
};

await build({
  ...shared,
  entryPoints: { 'widget.global': 'src/loader/loader.ts' },
  format: 'iife',
  outdir: 'dist',
});

// Launcher and automatic triggers: built on their own (no chunks shared with the UI) so the UI stays one download.
await build({
  ...shared,
  entryPoints: { auto: 'src/cdn/auto-entry.ts' },
  format: 'esm',
  outdir: 'dist/ui',
});

await build({
  ...shared,
  entryPoints: {
    'widget-ui': 'src/cdn/ui-entry.ts',
    ...Object.fromEntries(locales.map((locale) => [`locales/${locale}`, `src/i18n/locales/${locale}.ts`])),
  },
  format: 'esm',
  // ES modules are always decoded as UTF-8, so non-ASCII text needs no \u escapes (a third of the size of a locale).
  charset: 'utf8',
  splitting: true,
  plugins: [localNanostoresEpoch],
  outdir: 'dist/ui',
  chunkNames: 'chunks/[name]-[hash]',
});
