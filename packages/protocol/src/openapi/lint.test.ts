import { createConfig, lint } from '@redocly/openapi-core';
import { expect, test } from 'vitest';

// Resolving every $ref of the whole document takes seconds on a busy machine, hence the timeout.
test('openapi.json passes the structural rules of an OpenAPI 3.1 linter', async () => {
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lint({ ref: new URL('../../openapi.json', import.meta.url).pathname, config });
  const errors = problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`);
  expect(errors).toEqual([]);
}, 20_000);
