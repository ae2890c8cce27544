import { describe, expect, it } from 'vitest';
import { parseOptions } from '../options.js';
import { summarize } from '../stats/summary.js';
import { renderResults } from './render.js';
import type { Results } from './results.js';

const { out: _out, ...options } = parseOptions([]);
const results: Results = {
  schema: 2,
  generatedAt: '2026-01-01T00:00:00.000Z',
  mode: 'full',
  options,
  machine: {
    cpus: 2,
    cpuModel: 'AMD EPYC',
    loadAverage: 0.4,
    node: 'v20.20.2',
    chromium: '156.0.1',
    platform: 'Linux x64',
    commit: 'abc1234',
  },
  sizes: [
    {
      id: 'dub',
      name: 'Dub loader',
      kind: 'anchor',
      measured: 'bundle of inject()',
      why: 'the loader an app bundles',
      note: 'script.js comes from a CDN not reachable here',
      raw: 1694,
      gzip: 776,
      brotli: 639,
    },
  ],
  backend: [
    {
      database: 'embedded (PGlite, on disk)',
      connections: 10,
      seconds: 10,
      loadAverage: 0.5,
      requestsPerSecond: 2500,
      p50Ms: 3,
      p99Ms: 12,
      sent: 25_000,
      replays: 2500,
      answered2xx: 25_000,
      acknowledged: 22_500,
      failed: 0,
      recorded: 22_500,
      lost: 0,
      duplicated: 0,
      serverCpuPerRequestMs: 0.2,
    },
    { database: 'PostgreSQL', skipped: 'skipped: set DATABASE_URL' },
  ],
  widget: { opens: 20, cold: summarize([120]), warm: summarize([20]), errors: [] },
  durationSeconds: 300,
  sectionSeconds: { sizes: 1 },
};

describe('renderResults', () => {
  const text = renderResults(results);

  it('prints the machine: CPU count and model, load, Node and Chromium versions, commit', () => {
    expect(text).toContain(
      'machine: 2 × AMD EPYC, load 0.4, Node v20.20.2, Chromium 156.0.1, Linux x64, commit abc1234',
    );
  });

  it('says which file of each contender was measured, why, and what could not be', () => {
    expect(text).toContain(
      'Dub loader: bundle of inject() — the loader an app bundles; script.js comes from a CDN not reachable here',
    );
  });

  it('prints each database with its load average, says why one was skipped, and judges the goal', () => {
    expect(text).toMatch(/embedded \(PGlite, on disk\), 10 conn, 10 s +0\.5 +2500 +3 \/ 12/);
    expect(text).toContain('PostgreSQL: skipped: set DATABASE_URL');
    expect(text).toContain('≥ 2,000 req/s with p99 < 20 ms met; 0 lost, 0 duplicated met');
  });

  it('prints the popup latency cold and warm', () => {
    expect(text).toContain('cold chunk 120.0 / 120.0 ms, warm 20.0 / 20.0 ms');
  });
});
