import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `pnpm test:hostile` (tests/hostile/run.mjs): the browser suite of this folder and the server's
// fuzz tests, in their long versions, with the summary table at the end; the soak with RUJUK_SOAK=1.
const here = fileURLToPath(new URL('.', import.meta.url));
const server = fileURLToPath(new URL('../../packages/server/', import.meta.url));

export default defineConfig({
  test: {
    reporters: ['default', fileURLToPath(new URL('summary/summary-reporter.ts', import.meta.url))],
    projects: [
      {
        test: {
          name: 'hostile-browser',
          root: here,
          include: ['*.test.ts', ...(process.env.RUJUK_SOAK ? ['soak/*.soak.ts'] : [])],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 120_000,
          // As in ../vitest.config.ts: pages are slower while another engine runs beside them.
          expect: { poll: { timeout: 10_000 } },
          // Each file starts a backend and Chromium; side by side they would only slow each other down.
          fileParallelism: false,
          // In a Firefox run, one Firefox for every file (../support/shared-firefox.ts).
          globalSetup: ['../support/shared-firefox.ts'],
        },
      },
      {
        test: {
          name: 'hostile-server',
          root: server,
          include: ['src/**/*.fuzz.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
