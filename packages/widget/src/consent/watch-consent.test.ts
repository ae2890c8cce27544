import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Bus = ((command: string, ...args: unknown[]) => unknown) & { q: unknown[]; h: Record<string, unknown> };
const win = window as unknown as { rujuk?: Bus };

// A snippet-like bus: answers `consented` with its state and `consent` by changing it.
const snippetBus = (consented: boolean) => {
  const h: Record<string, (...args: unknown[]) => unknown> = {
    consented: () => consented,
    consent: (granted) => {
      consented = Boolean(granted);
    },
  };
  const bus = ((command: string, ...args: unknown[]) => h[command]?.(...args)) as Bus;
  bus.q = [];
  bus.h = h;
  win.rujuk = bus;
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
