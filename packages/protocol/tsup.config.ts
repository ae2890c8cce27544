import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', conformance: 'src/conformance/index.ts' },
    format: ['esm', 'cjs'],
    // The private contract is inlined, code and types, so the published package does not depend on it.
    dts: { resolve: ['@rujuk/contract'] },
    noExternal: ['@rujuk/contract'],
    sourcemap: true,
    clean: ['index.*', 'conformance.*', 'chunk-*'],
    target: 'es2022',
  },
  {
    entry: { cli: 'src/cli/conformance-cli.ts' },
    format: ['esm'],
    noExternal: ['@rujuk/contract'],
    sourcemap: true,
    target: 'node20',
    clean: ['cli.*'],
    platform: 'node',
  },
]);
