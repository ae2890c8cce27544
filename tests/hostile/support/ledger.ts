import type { Backend } from '../../support/backend.js';
import { waitFor } from '../../support/wait.js';
import { pick } from './mode.js';

/** How the events of a scenario fared in the database: the figures of the summary table. */
export interface EventTally {
  /** Events the pages were asked to report (each click visit, each conversion). */
  sent: number;
  /** Events found in the database at least once. */
  recorded: number;
  /** Records beyond one per event. */
  duplicated: number;
  /** Events never found. */
  lost: number;
}

declare module 'vitest' {
  interface TaskMeta {
    /** Set by {@link Ledger.settle}; read by the summary reporter. */
    hostile?: EventTally;
  }
}

/** Where a scenario's tally is kept: the `task` of a vitest test context. */
export interface TallyHolder {
  meta: { hostile?: EventTally };
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The tally of `n` events each recorded once. */
export const exactlyOnce = (n: number): EventTally => ({ sent: n, recorded: n, duplicated: 0, lost: 0 });

/**
 * The events one scenario sent, counted against the backend's database. Clicks are counted per
 * referral code (a code made for the scenario, so its clicks are the scenario's own), conversions
 * per order id, joins per email.
 */
export class Ledger {
  private readonly orders: string[] = [];
  private readonly visits = new Map<string, number>();
  private readonly emails: string[] = [];

  constructor(private readonly backend: Backend) {}

  /** Expects one conversion with this order id. */
  conversion(orderId: string): void {
    this.orders.push(orderId);
  }

  /** Expects one participant with this email (a join). */
  join(email: string): void {
    this.emails.push(email);
  }

  /** Expects `visits` counted clicks on this referral code. */
  click(code: string, visits = 1): void {
    this.visits.set(code, (this.visits.get(code) ?? 0) + visits);
  }

  /** Counts what the database holds right now. */
  async count(): Promise<EventTally> {
    const counts: [expected: number, found: number][] = [];
    for (const orderId of this.orders) {
      const page = await this.backend.secret<Page<unknown>>(`/v1/conversions?orderId=${encodeURIComponent(orderId)}`);
      counts.push([1, page.items.length]);
    }
    for (const email of this.emails) {
      const page = await this.backend.secret<Page<unknown>>(`/v1/participants?email=${encodeURIComponent(email)}`);
      counts.push([1, page.items.length]);
    }
    for (const [code, visits] of this.visits) {
      const page = await this.backend.secret<Page<unknown>>(`/v1/clicks?code=${encodeURIComponent(code)}&limit=100`);
      counts.push([visits, page.items.length]);
    }
    return {
      sent: counts.reduce((sum, [expected]) => sum + expected, 0),
      recorded: counts.reduce((sum, [expected, found]) => sum + Math.min(expected, found), 0),
      duplicated: counts.reduce((sum, [expected, found]) => sum + Math.max(0, found - expected), 0),
      lost: counts.reduce((sum, [expected, found]) => sum + Math.max(0, expected - found), 0),
    };
  }

  /**
   * Waits until every event is recorded (or `timeoutMs` passed), waits `graceMs` more for late
   * replays to show up as duplicates, then records the final tally on the test for the summary.
   * Call it once the pages' queues are drained, so no replay is still on its way.
   */
  async settle(task: TallyHolder, { timeoutMs = 30_000, graceMs = pick(300, 1500) } = {}): Promise<EventTally> {
    await waitFor(
      () => this.count(),
      (tally) => tally.lost === 0,
      { timeoutMs, intervalMs: 250, what: 'every event to be recorded' },
    ).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, graceMs));
    const tally = await this.count();
    task.meta.hostile = tally;
    return tally;
  }
}
