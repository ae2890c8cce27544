import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'sdk',
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // Integration files each start the real backend (an embedded database); give them room on a shared machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Type tests check only what they import, not the integration helpers that need other packages built.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.type-tests.json' },
  },
});
