#!/usr/bin/env node
// Builds the script-tag deliverable next to the npm build: a small IIFE loader (dist/widget.global.js,
// with the launcher and the triggers) and the ES modules it imports on demand (dist/ui/): the UI as
// one file, one module per locale (and one with the strings of the progress and leaderboard views),
// the progress and leaderboard views, and the QR encoder. The SDK inside the UI sends its requests
// through lean ky rather than ky (see below). What the files share is read from the sources
// (src/cdn/loader-shares.ts, src/cdn/view-shares.ts) and wired by the plugins in scripts/cdn/; the
// widget's ARCHITECTURE.md draws the graph.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';
import { fromLoader } from './cdn/from-loader.ts';
import { fromUi } from './cdn/from-ui.ts';
import { lazyChunks } from './cdn/lazy-chunks.ts';
import { arrayIdentifiers, exportNames, valueImports } from './cdn/read-module.ts';
import { replaceModule } from './cdn/replace-module.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const locales = readdirSync(join(root, 'src/i18n/locales')).map((file) => file.replace(/\.ts$/, ''));

const read = (file) => readFileSync(join(root, file), 'utf8');
const viewShares = read('src/cdn/view-shares.ts');
const loaderShares = read('src/cdn/loader-shares.ts');
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
  metafile: true,
};
// ES modules are always decoded as UTF-8, so non-ASCII text needs no \u escapes (a third of a locale's size).
const module = { ...shared, format: 'esm', charset: 'utf8', outdir: 'dist/ui' };

const results = await Promise.all([
  // The loader's names are left to terser, which shortens them better in one small IIFE.
  build({
    ...shared,
    minify: false,
    minifySyntax: true,
    // Without `alwaysStrict` the IIFE loses its `"use strict"` prologue, as the snippet's does: the code
    // is checked as strict TypeScript, and what sloppy mode changes at run time (a write to a frozen
    // object fails silently instead of throwing) is no worse for a script that must never throw.
    tsconfigRaw: { compilerOptions: { strict: false, verbatimModuleSyntax: true } },
    entryPoints: { 'widget.global': 'src/loader/loader.ts' },
    format: 'iife',
    outdir: 'dist',
  }),
  build({
    ...module,
    entryPoints: { 'widget-ui': 'src/cdn/ui-entry.ts' },
    // The SDK sends its requests through ky. Here it gets lean ky instead: the part of ky it uses, with
    // ky's semantics (src/http/lean-ky.ts), so a first open downloads no hooks, streams or instances.
    alias: { ky: './src/http/lean-ky.ts' },
    // nanostores keeps its epoch on `globalThis.nanostoresGlobal` so that several copies of the library
    // share it. The script-tag build holds the page's only copy, and promises to add nothing global but
    // `window.rujuk`: the epoch lives in the UI module instead.
    define: { ...shared.define, 'globalThis.nanostoresGlobal': 'nanostoresEpoch' },
    banner: { js: 'let nanostoresEpoch;' },
    plugins: [
      // The views, imported from the script-tag build's own files, retrying a failed download.
      replaceModule('view-imports.js', join(root, 'src/cdn/view-imports.ts')),
      lazyChunks('./'),
      fromLoader({
        names: arrayIdentifiers(loaderShares, 'loaderShares'),
        modules: [...valueImports(loaderShares), './take-loader-shares.js'],
      }),
    ],
  }),
  build({
    ...module,
    entryPoints: {
      'views/join': 'src/ui/views/join-chunk.ts',
      'views/share': 'src/ui/views/share-chunk.ts',
      'views/more': 'src/ui/views/secondary.ts',
    },
    plugins: [lazyChunks('../'), fromUi({ names: exportNames(viewShares), modules: valueImports(viewShares) })],
  }),
  build({ ...module, entryPoints: { qr: 'src/qr/qr-svg.ts' } }),
  build({
    ...module,
    entryPoints: Object.fromEntries(
      locales.flatMap((locale) => [
        [`locales/${locale}`, `src/i18n/locales/${locale}.ts`],
        [`locales/secondary/${locale}`, `src/i18n/secondary/${locale}.ts`],
      ]),
    ),
  }),
]);

/**
 * Runs terser over a file esbuild wrote, keeping its source map: terser's extra compress passes
 * (sequences, inlining, joined declarations) take a further 3–5 % that esbuild's minifier leaves.
 */
async function squeeze(file) {
  const path = join(root, file);
  const module = !file.endsWith('.global.js');
  const result = await minify(readFileSync(path, 'utf8'), {
    module,
    ecma: 2020,
    // The loader has no constructor functions, so function expressions may become arrows; hoisting its
    // function declarations saves 12 B brotli there.
    compress: { passes: 3, unsafe_arrows: !module, hoist_funs: !module },
    // A classic script's top-level names are globals of the page; the loader keeps everything in its IIFE anyway.
    // Preact's internal properties (`__k`, `__e`…) shrink to one letter: only the UI module, which
    // holds the page's one copy of Preact, uses them, and the views reach Preact through it.
    mangle: { toplevel: module, properties: module && { regex: /^__[a-zA-Z$]$/ } },
    // A classic script is decoded in the page's encoding, which may not be UTF-8: keep the loader ASCII.
    format: { comments: false, ascii_only: !module },
    // As the snippet does, the loader (on every page view) leaves out its `sourceMappingURL` comment:
    // its map ships next to it, and DevTools users add it by hand ("Add source map"). The chunks,
    // downloaded when the widget is used, keep theirs.
    sourceMap: { content: readFileSync(`${path}.map`, 'utf8'), url: module ? `${basename(path)}.map` : undefined },
  });
  writeFileSync(path, result.code);
  writeFileSync(`${path}.map`, result.map);
}

const outputs = results.flatMap((result) => Object.keys(result.metafile.outputs));
await Promise.all(outputs.filter((file) => file.endsWith('.js')).map(squeeze));

// The script-tag build adds nothing global but `window.rujuk`: should nanostores stop writing its epoch
// to `globalThis.nanostoresGlobal` (the `define` above), this says so instead of shipping a global.
for (const file of outputs.filter((output) => output.endsWith('.js'))) {
  if (readFileSync(join(root, file), 'utf8').includes('globalThis')) {
    throw new Error(`${file} reaches globalThis: update the nanostores define in scripts/build-cdn.mjs`);
  }
}
