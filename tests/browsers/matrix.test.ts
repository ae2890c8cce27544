import { describe, expect, it } from 'vitest';
import { renderMatrix, tallyReport } from './matrix.js';
import { suiteOf } from './suites.js';

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

describe('the suites of the matrix', () => {
  it('names the suite of each file the engines run, and none for the rest', () => {
    expect(suiteOf('/r/tests/attribution/capture.test.ts')).toBe('attribution');
    expect(suiteOf('/r/tests/widget/flow.test.ts')).toBe('widget');
    expect(suiteOf('/r/tests/loop/full-loop.test.ts')).toBe('full loop');
    expect(suiteOf('/r/tests/hostile/bad-input.test.ts')).toBe('hostile');
    expect(suiteOf('/r/tests/hostile/summary/summary-table.test.ts')).toBeUndefined();
    expect(suiteOf('/r/tests/loop/demo-site.test.ts')).toBeUndefined();
    expect(suiteOf('/r/tests/widget/page.ts')).toBeUndefined();
  });
});
