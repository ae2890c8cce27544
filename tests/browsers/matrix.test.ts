import { describe, expect, it } from 'vitest';
import { renderMatrix, tallyReport } from './matrix.js';

describe('the engine matrix', () => {
  it('counts passed, failed and skipped tests per suite, and a file that broke before its tests as a failure', () => {
    const report = {
      testResults: [
        { name: '/r/tests/widget/a.test.ts', assertionResults: [{ status: 'passed' }, { status: 'skipped' }] },
        { name: '/r/tests/widget/b.test.ts', assertionResults: [{ status: 'failed' }, { status: 'todo' }] },
        { name: '/r/tests/loop/full-loop.test.ts', status: 'failed', assertionResults: [] },
        { name: '/r/tests/other/c.test.ts', assertionResults: [{ status: 'passed' }] },
      ],
    };
    const tallies = tallyReport(report, (file) => file.match(/tests\/(widget|loop)\//)?.[1]);
    expect(Object.fromEntries(tallies)).toEqual({
      widget: { passed: 1, failed: 1, skipped: 2 },
      loop: { passed: 0, failed: 1, skipped: 0 },
    });
  });

  it('renders one row per engine and a dash where a suite did not run', () => {
    const cells = new Map([['firefox', new Map([['widget', { passed: 12, failed: 0, skipped: 1 }]])]]);
    expect(renderMatrix(['chromium', 'firefox'], ['widget', 'loop'], cells).split('\n')).toEqual([
      'passed / failed / skipped',
      'engine    widget      loop',
      '--------  ----------  ----',
      'chromium  –           –   ',
      'firefox   12 / 0 / 1  –   ',
    ]);
  });
});
