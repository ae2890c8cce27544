import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'attribution',
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
