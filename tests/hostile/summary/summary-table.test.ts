import { describe, expect, it } from 'vitest';
import { areaOf } from './summary-reporter.js';
import { addScenario, renderSummary, type SummaryRow } from './summary-table.js';

describe('the hostile summary table', () => {
  it('counts scenarios per area, sums their events and adds a total line', () => {
    const rows = new Map<string, SummaryRow>();
    addScenario(rows, 'browser: network-faults', 'passed', { sent: 2, recorded: 2, duplicated: 0, lost: 0 });
    addScenario(rows, 'browser: network-faults', 'failed', { sent: 2, recorded: 1, duplicated: 1, lost: 1 });
    addScenario(rows, 'server fuzz: bodies', 'passed', undefined);
    addScenario(rows, 'server fuzz: bodies', 'skipped', undefined);
    const table = renderSummary([...rows.values()]).split('\n');
    expect(table[0]).toMatch(/^area\s+scenarios\s+passed\s+failed\s+events sent\s+recorded\s+duplicated\s+lost$/);
    expect(table[2]!.split(/\s{2,}/)).toEqual(['browser: network-faults', '2', '1', '1', '4', '3', '1', '1']);
    expect(table[3]!.split(/\s{2,}/)).toEqual(['server fuzz: bodies', '1', '1', '0', '-', '-', '-', '-']);
    expect(table[5]!.split(/\s{2,}/)).toEqual(['total', '3', '2', '1', '4', '3', '1', '1']);
  });

  it('names the area of a test file by where it lives', () => {
    expect(areaOf('/r/tests/hostile/network-faults.test.ts')).toBe('browser: network-faults');
    expect(areaOf('/r/packages/server/src/http/bodies.fuzz.test.ts')).toBe('server fuzz: bodies');
    expect(areaOf('/r/tests/hostile/soak/loopback.soak.ts')).toBe('soak: loopback');
  });
});
