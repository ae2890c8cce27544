import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // Protocol types are inlined so the package has no dependencies, not even for types.
    dts: { resolve: ['@rujuk/protocol'] },
    sourcemap: true,
    target: 'es2020',
  },
  {
    // The script tag: dist/rujuk.global.js. Every byte counts, so internals named `_x` are mangled.
    entry: { rujuk: 'src/script.ts' },
    format: ['iife'],
    minify: true,
    sourcemap: true,
    target: 'es2022',
    esbuildOptions(options) {
      options.mangleProps = /^_/;
      options.legalComments = 'none';
    },
  },
]);
