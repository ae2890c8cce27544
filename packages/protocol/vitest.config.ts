import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'protocol',
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
