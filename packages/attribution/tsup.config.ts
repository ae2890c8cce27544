import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // Protocol types and the private contract are inlined so the package has no dependencies, not even for types.
    dts: { resolve: ['@rujuk/protocol', '@rujuk/contract'] },
    noExternal: ['@rujuk/contract'],
    sourcemap: true,
    target: 'es2020',
    define: { __SCRIPT_TAG__: 'false' },
  },
  {
    // The script tag: dist/rujuk.global.js. Every byte counts, so internals named `_x` are mangled.
    entry: { rujuk: 'src/script.ts' },
    format: ['iife'],
    noExternal: ['@rujuk/contract'],
    define: { __SCRIPT_TAG__: 'true' },
    // terser after esbuild: its extra passes (inlining, sequences) save what esbuild leaves.
    minify: 'terser',
    terserOptions: {
      ecma: 2020,
      // `booleans_as_integers`: literal `true`/`false` become `1`/`0`. Every literal the snippet writes is
      // an option flag or an internal truth value; what reaches a page (`consented`, event details) is
      // computed with `!`, a comparison or JSON, and stays a boolean.
      compress: { passes: 3, booleans_as_integers: true, unsafe: true, unsafe_arrows: true, pure_getters: true },
      mangle: { properties: { regex: /^_/ } },
      // Chrome's explicit compile hint: compile every function up front, off the main thread while the
      // script streams in, instead of one lazy compile per first call during the landing (about a
      // fifth less main-thread CPU time there, for 25 B).
      format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
    },
    sourcemap: true,
    target: 'es2022',
    // The map ships next to the file, but the `sourceMappingURL` comment would be 40 bytes on every
    // page view: DevTools users add the map by hand (right-click in Sources, "Add source map").
    onSuccess: async () => {
      const file = 'dist/rujuk.global.js';
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, ''));
    },
    esbuildOptions(options) {
      options.mangleProps = /^_/;
      // esbuild's syntax rewrites (e.g. `a ? b : c` folding) before terser save another few dozen bytes.
      options.minifySyntax = true;
      options.legalComments = 'none';
      // Without `alwaysStrict` the IIFE loses its `"use strict"` prologue, 13 bytes. The code is checked
      // as strict TypeScript, and what sloppy mode changes at run time (a write to a frozen object
      // fails silently instead of throwing) is no worse for a script that must never throw. No other
      // option of tsconfig.json changes esbuild's output here.
      delete options.tsconfig;
      options.tsconfigRaw = { compilerOptions: { strict: false, verbatimModuleSyntax: true } };
    },
  },
]);
