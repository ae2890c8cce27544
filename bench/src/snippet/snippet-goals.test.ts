import { describe, expect, it } from 'vitest';
import { summarize } from '../stats/summary.js';
import type { SnippetRow } from './run-snippet-cost.js';
import { snippetGoals } from './snippet-goals.js';

const row = (id: SnippetRow['id'], beforeLoad: number, total: number, longTasks = 0): SnippetRow => ({
  id,
  name: id,
  path: '/',
  loads: 1,
  beforeLoad: summarize([beforeLoad]),
  total: summarize([total]),
  cpu: summarize([total]),
  longTasks,
  missed: 0,
  errors: [],
});

describe('snippetGoals', () => {
  it('meets every goal when the snippet is cheap before load, close to the floor and never long', () => {
    const goals = snippetGoals([row('no-referral', 0.3, 0.9), row('landing', 2.5, 2.6), row('floor', 2.2, 2.2)]);
    expect(goals.map((goal) => goal.met)).toEqual([true, true, true]);
    expect(goals[1]!.figure).toBe('1.18× (2.60 ms ÷ 2.20 ms)');
  });

  it('judges the landing on all its main-thread work, idle-time work included', () => {
    const goals = snippetGoals([row('no-referral', 0.3, 0.9), row('landing', 2.5, 4.0), row('floor', 2.2, 2.2)]);
    expect(goals[1]!.met).toBe(false);
  });

  it('puts the page without referral next to a hand-written deferred start, for scale', () => {
    const goals = snippetGoals([row('no-referral', 0.7, 3), row('deferred', 0.45, 0.45)]);
    expect(goals[0]!.figure).toBe('0.70 ms; a hand-written deferred start: 0.45 ms');
    expect(goals[0]!.met).toBe(false);
  });

  it('puts the landing next to a minimal hand-written capture, for scale', () => {
    const goals = snippetGoals([row('landing', 2.5, 6), row('floor', 2, 2), row('minimal', 5, 5)]);
    expect(goals[1]!.figure).toBe('3.00× (6.00 ms ÷ 2.00 ms); a minimal hand-written capture: 2.50×');
  });

  it('fails the first goal at 0.5 ms and the last on any long task', () => {
    const goals = snippetGoals([row('no-referral', 0.5, 0.9), row('landing', 2.5, 2.6, 1), row('floor', 2.2, 2.2)]);
    expect(goals.map((goal) => goal.met)).toEqual([false, true, false]);
  });

  it('leaves a goal unjudged when its figure is missing', () => {
    expect(snippetGoals([row('landing', 2.5, 2.6)]).map((goal) => goal.met)).toEqual([null, null, true]);
  });
});
