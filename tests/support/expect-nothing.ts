/** What {@link expectNothingFor} watches, and from when. */
export interface NothingWindow<T> {
  /**
   * Resolves once the page is in the state under test (the snippet has run, the first click is
   * stored, the popup is open): the window opens only then, so it cannot pass on a page that has not
   * got there yet.
   */
  after: () => Promise<unknown>;
  /** Reads what must not change: a count of requests, stored rows, dialogs or warnings. */
  probe: () => Promise<T> | T;
  /** Whether a value read by `probe` is the thing that must not happen. */
  happened: (value: T) => boolean;
  /** How long the window stays open, ms: longer than the thing would take if it were coming. */
  ms: number;
  /** How often `probe` is read, ms. */
  intervalMs?: number;
}

/**
 * Proves that something does not happen (no second click, no second warning, no popup): waits for
 * `after`, then reads `probe` for `ms` and fails as soon as `happened` accepts a value.
 *
 * A time window is the only way to show an absence: nothing signals that a request will never be
 * sent. It is kept honest two ways: it opens only after a positive sign that the page is in the state
 * under test, and it polls, so a regression fails the moment it shows instead of at the window's end.
 */
export async function expectNothingFor<T>(
  what: string,
  { after, probe, happened, ms, intervalMs = 50 }: NothingWindow<T>,
): Promise<void> {
  await after();
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (happened(value)) throw new Error(`Expected no ${what} within ${ms} ms, but saw ${JSON.stringify(value)}`);
    if (Date.now() >= deadline) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, Math.max(0, deadline - Date.now()))));
  }
}
