import { RujukError } from '@rujuk/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LocaleLoader, loadLocale } from '../../i18n/load-locale.js';
import { board, fakeConnection, mountFake, view } from '../../test-support/fixtures.js';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the progress view', () => {
  it('shows counts with plural labels, tier progress, rewards on both sides and the redeem link', async () => {
    const { root } = mountFake({ view: 'progress' }, fakeConnection({ view }));
    await vi.waitFor(() => expect(root.querySelector('[part="stats"]')).not.toBeNull());
    const stats = Array.from(root.querySelectorAll('[part="stat"]'), (node) => node.textContent);
    expect(stats).toEqual(['clicks3', 'signup1', 'conversion1']);
    expect(root.querySelector('label[for="rj-tier"]')?.textContent).toBe('4 more referrals to reach Silver');
    const progress = root.querySelector('progress')!;
    expect([progress.getAttribute('value'), progress.getAttribute('max')]).toEqual(['1', '5']);
    expect(root.querySelector('[part="offer"]')?.textContent).toBe(
      'You earn: $10 store credit · Your friend gets: 15% off',
    );
    expect(root.querySelector('[part="reward"]')?.textContent).toContain('Earned');
    expect(root.querySelector<HTMLAnchorElement>('[part~="redeem"]')?.href).toBe('https://shop.example/rewards');
  });

  it('shows a fulfilled reward with its code, a copy button that copies it and a one-click redeem link', async () => {
    const url = 'https://shop.example/redeem?code=CREDIT-7QX2';
    const fulfilment = { code: 'CREDIT-7QX2', url, note: 'Valid for a year', fulfilledAt: '2026-11-22T10:00:00.000Z' };
    const fulfilled = { ...view, rewards: [{ ...view.rewards[0]!, status: 'fulfilled' as const, fulfilment }] };
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { root } = mountFake({ view: 'progress' }, fakeConnection({ view: fulfilled }));
    await vi.waitFor(() => expect(root.querySelector('[part="reward-code"]')).not.toBeNull());
    expect(root.querySelector('[part="reward"]')?.textContent).toContain('Ready to use');
    const field = root.querySelector<HTMLInputElement>('[part~="code-field"]')!;
    expect(field.value).toBe('CREDIT-7QX2');
    expect(root.querySelector(`label[for="${field.id}"]`)?.textContent).toBe('Your code');
    expect(root.querySelector('[part="reward-code"] .mu')?.textContent).toBe('Valid for a year');
    const link = root.querySelector<HTMLAnchorElement>('[part~="use-reward"]')!;
    expect([link.href, link.textContent, link.target]).toEqual([url, 'Use it now', '_blank']);
    root.querySelector<HTMLButtonElement>('[part~="copy-code"]')!.click();
    await vi.waitFor(() =>
      expect(root.querySelector('[part="reward-code"] [role="status"]')?.textContent).toBe('Copied!'),
    );
    expect(writeText).toHaveBeenCalledWith('CREDIT-7QX2');
  });

  it('shows no code for rewards that are only earned', async () => {
    const { root } = mountFake({ view: 'progress' }, fakeConnection({ view }));
    await vi.waitFor(() => expect(root.querySelector('[part="reward"]')).not.toBeNull());
    expect(root.querySelector('[part="reward-code"]')).toBeNull();
  });

  it('says so when the top tier is reached', async () => {
    const top = { ...view, tier: { current: view.tier.next, next: null, count: 5, remaining: null } };
    const { root } = mountFake({ view: 'progress' }, fakeConnection({ view: top }));
    await vi.waitFor(() => expect(root.textContent).toContain('You reached the top tier: Silver'));
  });

  it('formats numbers for the locale', async () => {
    const big = { ...view, stats: { ...view.stats, clicks: 12345 } };
    const { root } = mountFake({ view: 'progress', locale: 'de' }, fakeConnection({ view: big }));
    await vi.waitFor(() => expect(root.querySelector('[part="stat"]')?.textContent).toBe('Klicks12.345'));
  });
});

describe('a view whose download fails', () => {
  it('shows an error in place and reports it as rujuk:error', async () => {
    const reported: unknown[] = [];
    const listener = (event: Event) => reported.push((event as CustomEvent).detail);
    window.addEventListener('rujuk:error', listener);
    // French (which no other test here loads), whose progress strings are a module of their own, with the network gone.
    const { root } = mountFake({ view: 'progress', locale: 'fr' }, fakeConnection({ view }), {
      loadLocale: ((requested: string | null, part?: string) =>
        part
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: locales/secondary/fr.js'))
          : loadLocale(requested)) as LocaleLoader,
    });
    await vi.waitFor(() =>
      expect(root.querySelector('[part="body"] .err')?.textContent).toBe(
        'Une erreur s’est produite. Veuillez réessayer.',
      ),
    );
    expect(reported).toEqual([
      { code: 'chunk_unavailable', message: 'Failed to fetch dynamically imported module: locales/secondary/fr.js' },
    ]);
    window.removeEventListener('rujuk:error', listener);
  });
});

describe('the leaderboard view', () => {
  it('lists top referrers and marks the participant', async () => {
    const { root } = mountFake({ view: 'leaderboard' }, fakeConnection({ view }));
    await vi.waitFor(() => expect(root.querySelectorAll('[part="row"]')).toHaveLength(2));
    const rows = Array.from(root.querySelectorAll('[part="row"]'), (node) => node.textContent);
    expect(rows).toEqual(['1. Budi S.3 referrals', '2. Anna (You)1 referral']);
    expect(root.querySelector('[data-me]')?.textContent).toContain('Anna');
  });

  it("shows the participant's rank when outside the top entries", async () => {
    const connection = fakeConnection({ view });
    connection.client.getLeaderboard.mockResolvedValueOnce({
      entries: [board.entries[0]!],
      me: { rank: 14, displayName: 'Anna', conversions: 0, isMe: true },
    });
    const { root } = mountFake({ view: 'leaderboard' }, connection);
    await vi.waitFor(() => expect(root.querySelector('[part="rank"]')?.textContent).toBe('Your rank: 14'));
  });

  it('shows an error in place and reports it as rujuk:error when the leaderboard fails to load', async () => {
    const reported: unknown[] = [];
    const listener = (event: Event) => reported.push((event as CustomEvent).detail);
    window.addEventListener('rujuk:error', listener);
    const connection = fakeConnection({ view });
    connection.client.getLeaderboard.mockRejectedValueOnce(
      new RujukError('network_error', '[rujuk] GET /v1/leaderboard: the backend could not be reached (network_error)', {
        status: null,
        detail: 'the backend could not be reached',
      }),
    );
    const { root } = mountFake({ view: 'leaderboard' }, connection);
    await vi.waitFor(() =>
      expect(root.querySelector('[part="body"] .err')?.textContent).toBe('Something went wrong. Please try again.'),
    );
    expect(reported).toEqual([
      {
        code: 'network_error',
        message: '[rujuk] GET /v1/leaderboard: the backend could not be reached (network_error)',
      },
    ]);
    window.removeEventListener('rujuk:error', listener);
  });

  it('invites to be first on an empty board', async () => {
    const connection = fakeConnection();
    connection.client.getLeaderboard.mockResolvedValueOnce({ entries: [], me: null });
    const { root } = mountFake({ view: 'leaderboard' }, connection);
    await vi.waitFor(() => expect(root.textContent).toContain('No referrers yet. Be the first!'));
  });
});

describe('how it works', () => {
  it('shows the program steps and terms under the join form in the popup', async () => {
    const { root, handle } = mountFake();
    handle.open();
    await vi.waitFor(() => expect(root.querySelector('[part="steps"]')).not.toBeNull());
    expect(Array.from(root.querySelectorAll('[part="steps"] li'), (li) => li.textContent)).toEqual([
      'Share your link',
      'Your friend gets 15% off',
      'You get $10 credit',
    ]);
    expect(root.querySelector('[part="terms"]')?.textContent).toContain('Credit expires after a year.');
  });
});
