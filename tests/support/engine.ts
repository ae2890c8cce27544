/** The browser engines the real-browser suites run in. */
export const engines = ['chromium', 'firefox', 'webkit'] as const;

/** One of {@link engines}. */
export type Engine = (typeof engines)[number];

function selected(): Engine {
  const wanted = process.env.RUJUK_ENGINE ?? 'chromium';
  if ((engines as readonly string[]).includes(wanted)) return wanted as Engine;
  throw new Error(`RUJUK_ENGINE=${wanted} is not an engine the tests know; use one of ${engines.join(', ')}.`);
}

/** The engine this test run drives, from `RUJUK_ENGINE` (Chromium when unset). */
export const engine: Engine = selected();

/**
 * Whether the driver withholds request bodies from `request.postData()`: Playwright over WebDriver BiDi
 * in Firefox reports none. A test that reads them is skipped there, saying so.
 */
export const noRequestBodies = engine === 'firefox';
