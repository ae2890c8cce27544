import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'first-party',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // The integration files start the real backend (an embedded database); give them room on a shared machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
