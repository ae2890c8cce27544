import { defineProject } from 'vitest/config';
import { matrixSuites } from './browsers/suites.js';

// Real-browser and cross-package tests: one file at a time, because each starts a backend and Chromium.
export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['**/*.test.ts'],
    // `pnpm test:e2e:rest`: the tests outside the engine matrix (`pnpm test:browsers` runs the matrix).
    exclude: ['**/node_modules/**', ...(process.env.RUJUK_E2E_REST ? Object.values(matrixSuites).flat() : [])],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A page that answers within a second alone can take several while another engine runs beside it
    // (CI runs two jobs on two cores): `expect.poll` waits up to 10 s instead of vitest's 1 s.
    expect: { poll: { timeout: 10_000 } },
    fileParallelism: false,
    // One worker runs every file, so playwright-core, the server and PGlite load once per run, not per file:
    // 181 s instead of 220 s for the Chromium matrix here. Each file still starts its own backend and browser.
    isolate: false,
    // In a Firefox run, one Firefox for every file (support/shared-firefox.ts).
    globalSetup: ['support/shared-firefox.ts'],
  },
});
