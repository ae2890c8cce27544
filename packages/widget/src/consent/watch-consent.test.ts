import { installBus } from '@rujuk/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const win = window as unknown as { rujuk?: (command: string, ...args: unknown[]) => unknown };

// The snippet on the same page: it answers `consented` with its state and `consent` by changing it, on the one bus.
const snippetBus = (consented: boolean) => {
  installBus({
    consented: () => consented,
    consent: (granted) => {
      consented = Boolean(granted);
    },
  });
};

describe('watchConsent', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => {
    delete win.rujuk;
  });

  it('adopts consent the snippet was given before the widget started', async () => {
    snippetBus(true);
    const { watchConsent } = await import('./watch-consent.js');
    const heard: boolean[] = [];
    watchConsent((granted) => heard.push(granted));
    expect(heard).toEqual([true]);
  });

  it('does not treat a snippet still waiting for consent as a withdrawal', async () => {
    snippetBus(false);
    const { watchConsent } = await import('./watch-consent.js');
    const heard: boolean[] = [];
    watchConsent((granted) => heard.push(granted));
    expect(heard).toEqual([]);
    win.rujuk!('consent', true);
    expect(heard).toEqual([true]);
  });
});
