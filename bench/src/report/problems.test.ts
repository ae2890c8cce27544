import { describe, expect, it } from 'vitest';
import type { BackendRow } from '../backend/run-backend.js';
import type { Machine } from '../machine.js';
import { parseOptions } from '../options.js';
import { summarize } from '../stats/summary.js';
import { findProblems } from './problems.js';
import type { Results } from './results.js';

const machine: Machine = {
  cpus: 2,
  cpuModel: 'test',
  loadAverage: 0,
  node: 'v20',
  chromium: '1',
  platform: 'test',
  commit: null,
};
const { out: _out, ...options } = parseOptions([]);
const results = (extra: Partial<Results>): Results => ({
  schema: 2,
  generatedAt: '2026-01-01T00:00:00.000Z',
  mode: 'full',
  options,
  machine,
  durationSeconds: 1,
  sectionSeconds: {},
  ...extra,
});
const healthy: BackendRow = {
  database: 'embedded (PGlite, on disk)',
  requestsPerSecond: 100,
  p50Ms: 1,
  p99Ms: 500,
  sent: 110,
  replays: 10,
  answered2xx: 110,
  acknowledged: 100,
  failed: 0,
  recorded: 100,
  lost: 0,
  duplicated: 0,
};

describe('findProblems', () => {
  it('finds none in a complete run, however slow its figures', () => {
    expect(
      findProblems(
        results({
          backend: [healthy, { database: 'PostgreSQL', skipped: 'skipped' }],
          widget: { opens: 1, cold: summarize([900]), warm: summarize([90]), errors: [] },
        }),
      ),
    ).toEqual([]);
  });

  it('reports a lost click, a duplicated one and failed answers', () => {
    const problems = findProblems(results({ backend: [{ ...healthy, lost: 2, duplicated: 1, failed: 3 }] }));
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/2 acknowledged clicks are not in the database/);
  });

  it('reports acknowledgements whose click ids could not be read, since losses could then hide', () => {
    expect(findProblems(results({ backend: [{ ...healthy, acknowledged: 50 }] }))).toEqual([
      expect.stringMatching(/could not be read/),
    ]);
  });

  it('reports a popup that threw or opened fewer times than asked', () => {
    const widget = { opens: 2, cold: summarize([100]), warm: summarize([10, 11]), errors: ['boom'] };
    expect(findProblems(results({ widget }))).toHaveLength(2);
  });

  it('reports a bundle that could not be measured', () => {
    const size = {
      id: 'rujuk-attribution',
      name: '@rujuk/attribution',
      kind: 'rujuk' as const,
      measured: 'x',
      why: 'y',
      raw: Number.NaN,
      gzip: Number.NaN,
      brotli: Number.NaN,
      error: 'run pnpm build',
    };
    expect(findProblems(results({ sizes: [size] }))).toEqual(['size of @rujuk/attribution: run pnpm build']);
  });
});
