import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { resolve: ['@rujuk/contract'] },
  // The private contract is bundled, so the published package does not depend on it.
  noExternal: ['@rujuk/contract'],
  sourcemap: true,
  clean: true,
  target: 'es2020',
});
