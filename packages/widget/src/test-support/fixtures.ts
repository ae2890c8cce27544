import type { JoinResponse, Leaderboard, Participant, ParticipantView, Program } from '@rujuk/protocol';
import { atom } from 'nanostores';
import { vi } from 'vitest';
import { loadLocale } from '../i18n/load-locale.js';
import en from '../i18n/locales/en.js';
import enSecondary from '../i18n/secondary/en.js';
import { parseWidgetOptions } from '../options/parse-options.js';
import type { ResolvedOptions, WidgetOptions } from '../options/types.js';
import { type MountExtras, mountResolved, type WidgetHandle } from '../ui/mount.js';
import type { WidgetClient, WidgetStores } from '../ui/sdk-types.js';

/** A program like the backend's demo program. */
export const program: Program = {
  id: 'prg_demo',
  name: 'Demo Shop',
  siteUrl: 'https://shop.example/',
  rewards: {
    referrer: { kind: 'credit', amount: 1000, currency: 'USD', description: '$10 store credit' },
    friend: { kind: 'percent_off', amount: 15, currency: null, description: '15% off' },
  },
  qualifying: { events: ['purchase'], minAmount: null },
  tiers: [
    {
      id: 'tier_1',
      name: 'Bronze',
      threshold: 1,
      reward: { kind: 'points', amount: 100, currency: null, description: '100 points' },
    },
    {
      id: 'tier_2',
      name: 'Silver',
      threshold: 5,
      reward: { kind: 'points', amount: 500, currency: null, description: '500 points' },
    },
  ],
  share: {
    message: 'I love Demo Shop! Get 15% off: {{shareUrl}}',
    subject: 'A gift from {{name}}',
    templates: { x: 'Get 15% off at Demo Shop {{shareUrl}}' },
    channels: ['copy', 'email', 'sms', 'whatsapp', 'telegram', 'x', 'facebook', 'linkedin', 'reddit', 'native', 'qr'],
  },
  howItWorks: ['Share your link', 'Your friend gets 15% off', 'You get $10 credit'],
  terms: 'Credit expires after a year.',
  locales: ['en'],
  defaultLocale: 'en',
  variants: [],
  leaderboard: { enabled: true },
  referral: { params: ['ref', 'via'], codePattern: '^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$' },
  updatedAt: '2026-11-23T10:00:00.000Z',
};

/** A participant who joined. */
export const participant: Participant = {
  id: 'par_1',
  code: 'ANNA42',
  shareUrl: 'https://shop.example/?ref=ANNA42',
  name: 'Anna',
  email: 'anna@example.com',
  referredBy: null,
  createdAt: '2026-11-20T10:00:00.000Z',
};

/** Anna's view: some clicks, one conversion, a reward on each side. */
export const view: ParticipantView = {
  participant,
  stats: { clicks: 3, signups: 1, conversions: 1, revenue: [{ amount: 4999, currency: 'USD' }] },
  rewards: [
    {
      id: 'grt_1',
      side: 'referrer',
      status: 'earned',
      reward: program.rewards.referrer,
      conversionId: 'cnv_1',
      tierId: null,
      fulfilment: null,
      createdAt: '2026-11-21T10:00:00.000Z',
    },
  ],
  tier: { current: program.tiers[0]!, next: program.tiers[1]!, count: 1, remaining: 4 },
  redeemUrl: 'https://shop.example/rewards',
};

/** A leaderboard where Anna is second. */
export const board: Leaderboard = {
  entries: [
    { rank: 1, displayName: 'Budi S.', conversions: 3, isMe: false },
    { rank: 2, displayName: 'Anna', conversions: 1, isMe: true },
  ],
  me: { rank: 2, displayName: 'Anna', conversions: 1, isMe: true },
};

/** Fake client and stores standing in for the backend behind `@rujuk/sdk`. */
export function fakeConnection(initial: { view?: ParticipantView | null; program?: Program | null } = {}) {
  const stores = {
    $program: atom<Program | null>(initial.program === undefined ? program : initial.program),
    $participant: atom<ParticipantView | null>(initial.view ?? null),
    $status: atom<'idle' | 'loading' | 'ready' | 'error'>('ready'),
    $error: atom(null),
    load: vi.fn(async () => {}),
    refresh: vi.fn(async () => {}),
    logout: vi.fn(() => stores.$participant.set(null)),
  } satisfies WidgetStores;
  const client = {
    join: vi.fn(async (): Promise<JoinResponse> => {
      stores.$participant.set(view);
      return { participant, token: 'pt_test', created: true };
    }),
    getLeaderboard: vi.fn(async () => board),
    identify: vi.fn(),
    logout: vi.fn(),
    isIdentified: () => stores.$participant.get() !== null,
  } satisfies WidgetClient;
  return { client, stores };
}

/** Mounts a widget with fake connection, English messages, into a fresh host element. */
export function mountFake(
  options: WidgetOptions = {},
  connection = fakeConnection(),
  extras: Partial<MountExtras> = {},
): {
  host: HTMLElement;
  root: ShadowRoot;
  handle: WidgetHandle;
  connection: ReturnType<typeof fakeConnection>;
  options: ResolvedOptions;
} {
  const host = document.createElement('div');
  document.body.append(host);
  const resolved = parseWidgetOptions({ apiUrl: 'http://api.test', publishableKey: 'pk_test', ...options });
  const handle = mountResolved(host, resolved, {
    connection,
    // English is handed over ready (with the secondary strings, which views in tests need at once),
    // like the loader does; other locales load through `loadLocale`.
    ...(options.locale ? {} : { preloaded: { locale: 'en' as const, messages: { ...en, ...enSecondary } } }),
    loadLocale,
    ...extras,
  });
  return { host, root: host.shadowRoot!, handle, connection, options: resolved };
}

/** Types text into an input the way a user does (value + input event). */
export function type(input: Element | null | undefined, text: string): void {
  const field = input as HTMLInputElement;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
