import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LocaleLoader, loadLocale } from '../../i18n/load-locale.js';
import { fakeConnection, mountFake, view } from '../../test-support/fixtures.js';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Collects the details of `rujuk:error` until `stop()`. */
function recordErrors() {
  const reported: unknown[] = [];
  const listener = (event: Event) => reported.push((event as CustomEvent).detail);
  window.addEventListener('rujuk:error', listener);
  return { reported, stop: () => window.removeEventListener('rujuk:error', listener) };
}

/** Loads locales as the widget does, except the progress and leaderboard strings while `network.down`. */
function flakyStrings(network: { down: boolean }): LocaleLoader {
  return ((requested: string | null, part?: 'secondary') =>
    part && network.down
      ? Promise.reject(new TypeError(`Failed to fetch dynamically imported module: locales/secondary/${requested}.js`))
      : loadLocale(requested, part as 'secondary')) as LocaleLoader;
}

const failure = (locale: string) => ({
  code: 'chunk_unavailable',
  message: `Failed to fetch dynamically imported module: locales/secondary/${locale}.js`,
});

// The tabs of a known participant, in order.
const SHARE = 0;
const PROGRESS = 1;
const LEADERBOARD = 2;

describe('a view whose download failed', () => {
  // The progress view's strings are a module of their own per locale, which the test lets fail. Once
  // loaded they stay for the page, so each test takes a locale no other test here loads.
  async function openOnProgress(locale: string, network: { down: boolean }) {
    const mounted = mountFake({ locale }, fakeConnection({ view }), { loadLocale: flakyStrings(network) });
    mounted.handle.open();
    await vi.waitFor(() => expect(mounted.root.querySelectorAll('[part="tab"]')).toHaveLength(4));
    const tab = (index: number) => mounted.root.querySelectorAll<HTMLButtonElement>('[part="tab"]')[index]!.click();
    tab(PROGRESS);
    await vi.waitFor(() => expect(mounted.root.querySelector('[part="body"] .err')).not.toBeNull());
    return { ...mounted, tab };
  }

  it('shows the error in the popup, reports it once, and downloads it again on the next switch to it', async () => {
    const { reported, stop } = recordErrors();
    const network = { down: true };
    const { root, tab } = await openOnProgress('fr', network);
    expect(root.querySelector('[part="body"] .err')?.textContent).toBe(
      'Une erreur s’est produite. Veuillez réessayer.',
    );
    expect(reported).toEqual([failure('fr')]);

    network.down = false;
    tab(SHARE);
    tab(PROGRESS);
    await vi.waitFor(() => expect(root.querySelector('[part="stats"]')).not.toBeNull());
    expect(root.querySelector('[part="body"] .err')).toBeNull();
    expect(reported).toEqual([failure('fr')]);
    stop();
  });

  it('downloads it again when the popup is opened again', async () => {
    const { reported, stop } = recordErrors();
    const network = { down: true };
    const { root, handle } = await openOnProgress('es', network);

    network.down = false;
    handle.open();
    await vi.waitFor(() => expect(root.querySelector('[part="stats"]')).not.toBeNull());
    expect(reported).toEqual([failure('es')]);
    stop();
  });

  it('reports every failed try once, and shows the error until one succeeds', async () => {
    const { reported, stop } = recordErrors();
    const network = { down: true };
    const { root, tab } = await openOnProgress('pt', network);
    // Still offline: the next switch tries again, fails again, and says so again.
    tab(LEADERBOARD);
    await vi.waitFor(() => expect(reported).toHaveLength(2));
    expect(root.querySelector('[part="body"] .err')).not.toBeNull();
    expect(reported).toEqual([failure('pt'), failure('pt')]);

    network.down = false;
    tab(PROGRESS);
    await vi.waitFor(() => expect(root.querySelector('[part="stats"]')).not.toBeNull());
    expect(reported).toHaveLength(2);
    stop();
  });
});
