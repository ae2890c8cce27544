import { defineConfig } from 'tsup';

export default defineConfig({
  // `server` is its own entry so the secret-key client and node:crypto never reach a browser bundle.
  entry: { index: 'src/index.ts', server: 'src/server/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // One shared chunk in both formats, so `instanceof RujukError` holds across the two entry points.
  splitting: true,
});
