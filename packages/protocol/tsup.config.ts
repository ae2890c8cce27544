import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', conformance: 'src/conformance/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: ['index.*', 'conformance.*', 'chunk-*'],
    target: 'es2022',
  },
  {
    entry: { cli: 'src/cli/conformance-cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    clean: ['cli.*'],
    platform: 'node',
  },
]);
