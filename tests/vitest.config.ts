import { defineProject } from 'vitest/config';

// Real-browser and cross-package tests: one file at a time, because each starts a backend and Chromium.
export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // In a Firefox run, one Firefox for every file (support/shared-firefox.ts).
    globalSetup: ['support/shared-firefox.ts'],
  },
});
