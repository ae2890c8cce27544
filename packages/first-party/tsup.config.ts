import { defineConfig } from 'tsup';

export default defineConfig({
  // The core stays free of Node built-ins (Workers, Deno, Bun, Next.js middleware); the file system
  // and `http` live only in the Node entries.
  entry: {
    index: 'src/index.ts',
    node: 'src/node/index.ts',
    express: 'src/express/index.ts',
    connect: 'src/connect/index.ts',
  },
  format: ['esm', 'cjs'],
  // The private contract is inlined, code and types, so the published package does not depend on it.
  dts: { resolve: ['@rujuk/contract'] },
  noExternal: ['@rujuk/contract'],
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  // `import.meta.url` in the CommonJS build, to find the installed script packages.
  shims: true,
});
