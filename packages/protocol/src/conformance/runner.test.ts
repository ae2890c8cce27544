import { expect, test } from 'vitest';
import { CheckFailure } from './assert.js';
import { createRunner } from './runner.js';

test('the runner prints one line per check, with the reason of a failure', async () => {
  const lines: string[] = [];
  const run = createRunner((line) => lines.push(line));
  await run.check('a passing check', () => {});
  await run.check('a failing check', () => {
    throw new CheckFailure('GET /v1/program answered 500');
  });
  await run.check('a check that crashes', async () => {
    throw new TypeError('boom');
  });
  expect(lines).toEqual([
    '✓ a passing check',
    '✗ a failing check — GET /v1/program answered 500',
    '✗ a check that crashes — boom',
  ]);
  expect(run.results.map((result) => result.ok)).toEqual([true, false, false]);
});
