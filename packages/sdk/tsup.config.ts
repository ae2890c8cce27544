import { defineConfig } from 'tsup';

export default defineConfig({
  // `server` is its own entry so the secret-key client and node:crypto never reach a browser bundle.
  entry: { index: 'src/index.ts', server: 'src/server/index.ts' },
  format: ['esm', 'cjs'],
  // The private contract is inlined, code and types, so the published package does not depend on it.
  dts: { resolve: ['@rujuk/contract'] },
  noExternal: ['@rujuk/contract'],
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // One shared chunk in both formats, so `instanceof RujukError` holds across the two entry points.
  splitting: true,
});
