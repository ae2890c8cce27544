import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'size',
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
