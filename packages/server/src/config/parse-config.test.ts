import { describe, expect, it } from 'vitest';
import { isRujukError } from '../errors/rujuk-error.js';
import { demoProgram } from './demo-program.js';
import { parseConfig } from './parse-config.js';

function errorOf(input: unknown) {
  try {
    parseConfig(input);
  } catch (error) {
    if (isRujukError(error)) return error;
    throw error;
  }
  throw new Error('parseConfig accepted the input');
}

describe('parseConfig', () => {
  it('fills every default from an empty object', () => {
    const config = parseConfig({}, new Date('2026-01-02T03:04:05Z'));
    expect(config.program).toMatchObject({
      id: 'default',
      siteUrl: 'http://localhost:5173/',
      qualifying: { events: ['purchase'], minAmount: null },
      tiers: [],
      locales: ['en'],
      defaultLocale: 'en',
      leaderboard: { enabled: true },
      referral: { params: ['ref', 'via'], codePattern: '^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$' },
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(config.allowedOrigins).toEqual(['http://localhost:5173']);
    expect(config.clientClaims).toBe('hold');
    expect(config.shareBaseUrl).toBe('http://localhost:5173/');
  });

  it('accepts the demo program with its ten locales and two tiers', () => {
    const config = parseConfig(demoProgram);
    expect(config.program.locales).toHaveLength(10);
    expect(config.program.tiers.map((tier) => tier.threshold)).toEqual([3, 10]);
    expect(config.clientClaims).toBe('approve');
  });

  it('writes reward descriptions when the config leaves them out', () => {
    const config = parseConfig({
      rewards: {
        referrer: { kind: 'credit', amount: 1000, currency: 'USD' },
        friend: { kind: 'percent_off', amount: 15 },
      },
    });
    expect(config.program.rewards.referrer.description).toBe('$10.00 store credit');
    expect(config.program.rewards.friend.description).toBe('15% off');
  });

  it('sorts tiers by threshold and derives ids from names', () => {
    const reward = { kind: 'points', amount: 5 };
    const config = parseConfig({
      tiers: [
        { name: 'Gold', threshold: 10, reward },
        { name: 'Silver', threshold: 3, reward },
      ],
    });
    expect(config.program.tiers.map((tier) => tier.id)).toEqual(['silver', 'gold']);
  });

  it('names every wrong field in one error', () => {
    const error = errorOf({
      siteUrl: 'ftp://x',
      rewards: { referrer: { kind: 'credit', amount: 10 } },
      tiers: [{ name: 'Silver', threshold: 0, reward: { kind: 'points', amount: 1 } }],
      allowedOrigins: ['https://shop.example/path'],
      conversions: { clientClaims: 'maybe' },
      colour: 'red',
    });
    expect(error.code).toBe('invalid_config');
    expect(error.errors?.map((e) => e.path)).toEqual([
      '/colour',
      '/siteUrl',
      '/rewards/referrer',
      '/tiers/0/threshold',
      '/allowedOrigins/0',
      '/conversions/clientClaims',
    ]);
    expect(error.message).toContain('/rewards/referrer a credit reward needs an integer "amount"');
  });

  it('refuses a config that is not an object', () => {
    expect(errorOf([1, 2]).message).toBe('The program config must be a JSON object.');
  });

  it('builds share links on shareBaseUrl when given', () => {
    expect(parseConfig({ shareBaseUrl: 'https://go.shop.example/r' }).shareBaseUrl).toBe('https://go.shop.example/r');
  });
});
