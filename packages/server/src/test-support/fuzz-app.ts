import { expect } from 'vitest';
import type { ProgramConfigInput } from '../config/types.js';
import { dbSnapshot, type TableState } from './db-snapshot.js';
import { type Answer, type TestApp, testApp, useApp } from './test-app.js';

/** The program fuzz tests run against: one allowed origin family, client claims held for review. */
export const fuzzConfig: ProgramConfigInput = {
  name: 'Fuzz <b>Shop</b> & "friends"',
  siteUrl: 'https://shop.example/',
  rewards: {
    referrer: { kind: 'credit', amount: 1000, currency: 'USD' },
    friend: { kind: 'percent_off', amount: 20 },
  },
  qualifying: { events: ['purchase'], minAmount: null },
  tiers: [{ id: 'silver', name: 'Silver', threshold: 3, reward: { kind: 'credit', amount: 2500, currency: 'USD' } }],
  conversions: { clientClaims: 'hold' },
  allowedOrigins: ['https://shop.example', 'https://*.shop.example'],
};

/** A test app on a fresh database with one referrer, plus the checks every fuzz property makes. */
export interface FuzzApp extends TestApp {
  /** The referrer's code, so clicks and conversions can name a code that exists. */
  code: string;
  /** The referrer's participant token. */
  token: string;
  /** The referrer's participant id. */
  participantId: string;
  /** Every table's row count and content hash. */
  snapshot(): Promise<Record<string, TableState>>;
}

/** Starts a fuzz app on the given database (undefined: embedded) and enrols one referrer. */
export async function fuzzApp(databaseUrl: string | undefined): Promise<FuzzApp> {
  const t = await testApp(databaseUrl, fuzzConfig);
  const joined = await t.call('POST', '/v1/participants', { body: { email: 'rita@shop.example', name: 'Rita' } });
  return {
    ...t,
    code: joined.body.participant.code,
    token: joined.body.token,
    participantId: joined.body.participant.id,
    snapshot: () => dbSnapshot(t.ctx.db),
  };
}

/** A fuzz app (see `fuzzApp`) for the enclosing `describe`: started before its tests, closed after. */
export const useFuzzApp = (databaseUrl: string | undefined): FuzzApp => useApp(() => fuzzApp(databaseUrl));

/** Asserts an answer is an RFC 9457 problem with this status (and code, when given). */
export function expectProblem(answer: Answer, status: number, code?: string): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.headers.get('content-type')).toBe('application/problem+json');
  expect(answer.body).toMatchObject({ status, type: `https://rujuk.dev/problems/${answer.body.code}` });
  expect(typeof answer.body.detail).toBe('string');
  if (code) expect(answer.body.code).toBe(code);
}

/** Asserts an answer is never a server failure, and a refusal is a well-formed problem. */
export function expectNoFailure(answer: Answer): void {
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
  if (answer.status >= 400) expectProblem(answer, answer.status);
}

let counter = 0;
/** A suffix unique within the test process (9 characters at least), to keep generated ids from colliding. */
export function unique(): string {
  counter++;
  return `${counter.toString(36).padStart(3, '0')}${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
}
