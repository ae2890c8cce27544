import { defineProject } from 'vitest/config';

export default defineProject({
  define: { __SCRIPT_TAG__: 'false' },
  test: {
    name: 'attribution',
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
