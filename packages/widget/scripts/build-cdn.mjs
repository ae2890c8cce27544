#!/usr/bin/env node
// Builds the script-tag deliverable next to the npm build: a small IIFE loader (dist/widget.global.js,
// with the launcher and the triggers) and the ES modules it imports on demand (dist/ui/): the UI as
// one file, one module per locale (and one with the strings of the progress and leaderboard views),
// the progress and leaderboard views, and the QR encoder. The SDK inside the UI sends its requests
// through lean ky rather than ky (see below).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';

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

// The SDK sends its requests through ky. Here it gets lean ky instead: the part of ky it uses, with
// ky's semantics (src/http/lean-ky.ts), so a first open downloads no hooks, streams or instances.
const leanKy = {
  name: 'lean-ky',
  setup(build) {
    build.onResolve({ filter: /^ky$/ }, () => ({ path: join(root, 'src/http/lean-ky.ts') }));
  },
};

/** Points lazy imports at the separately built chunks (`base` is the way from the output file to dist/ui/). */
const lazyChunks = (base) => ({
  name: 'lazy-chunks',
  setup(build) {
    const chunks = {
      'join-chunk': 'views/join',
      'share-chunk': 'views/share',
      secondary: 'views/more',
      'qr-svg': 'qr',
    };
    build.onResolve({ filter: /[\\/](join-chunk|share-chunk|secondary|qr-svg)\.js$/ }, ({ path }) => ({
      path: `${base}${chunks[path.match(/([\w-]+)\.js$/)[1]]}.js`,
      external: true,
    }));
  },
});

// Modules the UI module exports for the lazy views, and their names (keep in step with src/cdn/ui-entry.ts).
const SHARED_NAMES = ['Component', 'Fragment', 'jsx', 'jsxs', 'callCommand', 'hasCommand', 'emit', 'emitError'];
SHARED_NAMES.push('visitorId');
SHARED_NAMES.push('participantOf', 'WidgetComponent', 'preloadView');
const SHARED = /^preact(\/jsx-runtime)?$|[\\/](context|emit|emit-error|command-bus|visitor-id|view-chunks)\.js$/;

/**
 * Takes Preact and the widget's shared helpers from the UI module, so a lazy view never downloads them
 * twice: from the UI module the view belongs to, whose URL's query the view's fragment holds (the UI
 * module after a failed download is `widget-ui.js?1`, and its views `join.js#?1`; src/loader/import-chunk.ts).
 * Not a static import: that would name the plain URL, which Firefox never downloads again once it failed.
 */
const fromUi = {
  name: 'from-ui',
  setup(build) {
    // One virtual module for all of them, naming each export.
    build.onResolve({ filter: SHARED }, () => ({ path: 'widget-ui', namespace: 'from-ui' }));
    build.onLoad({ filter: /.*/, namespace: 'from-ui' }, () => ({
      contents: `export const { ${SHARED_NAMES.join(', ')} } = await import(
  new URL("../widget-ui.js" + new URL(import.meta.url).hash.slice(1), import.meta.url)
);`,
      loader: 'js',
    }));
  },
};

/** Imports the views from the script-tag build's own files, retrying a failed download (src/cdn/view-imports.ts). */
const viewImports = {
  name: 'view-imports',
  setup(build) {
    build.onResolve({ filter: /[\\/]view-imports\.js$/ }, () => ({ path: join(root, 'src/cdn/view-imports.ts') }));
  },
};

// The modules the loader hands to the UI module and the names it hands over, in the order src/cdn/loader-shares.ts lists them.
const sharesSource = readFileSync(join(root, 'src/cdn/loader-shares.ts'), 'utf8');
const SHARE_NAMES = /export const loaderShares = \[([^\]]+)\]/
  .exec(sharesSource)[1]
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const SHARE_MODULES = [...sharesSource.matchAll(/^import .* from '.*\/([\w-]+)\.js';$/gm)].map(([, module]) => module);
const FROM_LOADER = new RegExp(`[\\\\/](${[...SHARE_MODULES, 'take-loader-shares'].join('|')})\\.js$`);

/**
 * Gives the UI module the loader's copies of the modules in src/cdn/loader-shares.ts: one virtual
 * module whose bindings `takeLoaderShares` fills when the loader imports the UI, before anything runs.
 */
const fromLoader = {
  name: 'from-loader',
  setup(build) {
    build.onResolve({ filter: FROM_LOADER }, () => ({ path: 'loader-shares', namespace: 'from-loader' }));
    build.onLoad({ filter: /.*/, namespace: 'from-loader' }, () => ({
      contents: `export let ${SHARE_NAMES.join(', ')};
export function takeLoaderShares(shares) { [${SHARE_NAMES.join(', ')}] = shares; }`,
      loader: 'js',
    }));
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
    plugins: [localNanostoresEpoch, leanKy, viewImports, lazyChunks('./'), fromLoader],
  }),
  build({
    ...module,
    entryPoints: {
      'views/join': 'src/ui/views/join-chunk.ts',
      'views/share': 'src/ui/views/share-chunk.ts',
      'views/more': 'src/ui/views/secondary.ts',
    },
    // Terser shortens the names; esbuild keeps them, so `withoutUnusedImports` can tell them apart.
    minifyIdentifiers: false,
    plugins: [lazyChunks('../'), fromUi],
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
 * Blanks out the names a view imports from the UI module but never uses (esbuild names every export of
 * the `from-ui` module, and terser keeps unused imports), keeping each column where it was so that the
 * source map still holds. A name that shows anywhere else in the file counts as used.
 */
function withoutUnusedImports(code) {
  return code.replace(/import\s*\{([^}]*)\}\s*from\s*"\.\.\/widget-ui\.js"/, (statement, list) => {
    const rest = code.replace(statement, '');
    const names = list.replace(/([\w$]+)(\s+as\s+([\w$]+))?\s*,?/g, (specifier, name, _, local = name) =>
      new RegExp(`(^|[^\\w$])${local.replace(/\$/g, '\\$')}($|[^\\w$])`).test(rest)
        ? specifier
        : ' '.repeat(specifier.length),
    );
    return statement.replace(list, () => names);
  });
}

/**
 * Runs terser over a file esbuild wrote, keeping its source map: terser's extra compress passes
 * (sequences, inlining, joined declarations) take a further 3–5 % that esbuild's minifier leaves.
 */
async function squeeze(file) {
  const path = join(root, file);
  const module = !file.endsWith('.global.js');
  const result = await minify(withoutUnusedImports(readFileSync(path, 'utf8')), {
    module,
    ecma: 2020,
    // The loader has no constructor functions, so function expressions may become arrows.
    compress: { passes: 3, unsafe_arrows: !module },
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
