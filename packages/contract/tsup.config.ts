import { defineConfig } from 'tsup';

// Only the declarations are built: the packages that use the contract bundle its sources (`exports`), and
// tsup reads this one file (`types`) when it inlines the contract into their own declarations.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: { only: true },
  clean: true,
});
