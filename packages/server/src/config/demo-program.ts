import type { ProgramConfigInput } from './types.js';

/** The built-in demo program: a shop where friends get 20% off and referrers $10 of credit. */
export const demoProgram: ProgramConfigInput = {
  id: 'demo',
  name: 'Demo Shop referrals',
  siteUrl: 'http://localhost:5173/',
  rewards: {
    referrer: { kind: 'credit', amount: 1000, currency: 'USD', description: '$10 store credit' },
    friend: { kind: 'percent_off', amount: 20, currency: null, description: '20% off your first order' },
  },
  qualifying: { events: ['purchase'], minAmount: null },
  tiers: [
    {
      id: 'silver',
      name: 'Silver',
      threshold: 3,
      reward: { kind: 'credit', amount: 2500, currency: 'USD', description: '$25 bonus credit' },
    },
    {
      id: 'gold',
      name: 'Gold',
      threshold: 10,
      reward: { kind: 'credit', amount: 10000, currency: 'USD', description: '$100 bonus credit' },
    },
  ],
  share: {
    message: 'I love Demo Shop! Get 20% off your first order with my link: {{shareUrl}}',
    subject: '{{name}} sent you 20% off at Demo Shop',
    templates: {
      x: 'Get 20% off at Demo Shop with my link {{shareUrl}}',
      sms: '20% off at Demo Shop: {{shareUrl}}',
    },
    channels: ['copy', 'email', 'whatsapp', 'telegram', 'x', 'facebook', 'linkedin', 'reddit', 'sms', 'native', 'qr'],
  },
  howItWorks: [
    'Share your personal link with friends.',
    'Your friends get 20% off their first order.',
    'You get $10 store credit for every friend who buys.',
  ],
  terms:
    'Rewards are granted once per referred customer after a completed purchase. Self-referrals do not count. Credit expires after 12 months.',
  locales: ['en', 'id', 'ms', 'ru', 'es', 'pt', 'fr', 'de', 'zh', 'ja'],
  defaultLocale: 'en',
  variants: [],
  leaderboard: { enabled: true },
  referral: { params: ['ref', 'via'] },
  updatedAt: '2026-01-01T00:00:00.000Z',
  allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*', 'http://*.localhost:*', 'http://*.test:*'],
  conversions: { clientClaims: 'approve' },
  redeemUrl: 'http://localhost:5173/account/credit',
};
