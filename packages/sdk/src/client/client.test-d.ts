import type { ConversionResponse, Leaderboard, ParticipantView, Program, Stats } from '@rujuk/protocol';
import type { ReadableAtom } from 'nanostores';
import { describe, expectTypeOf, it } from 'vitest';
import { createClient, getStores, isRujukError, type RujukError, type RujukErrorCode } from '../index.js';

const client = createClient({ apiUrl: 'https://api.shop.example', publishableKey: 'pk_test' });

describe('the browser client types', () => {
  it('resolves every call with the protocol type of its answer', () => {
    expectTypeOf(client.getProgram()).resolves.toEqualTypeOf<Program>();
    expectTypeOf(client.getMe()).resolves.toEqualTypeOf<ParticipantView>();
    expectTypeOf(client.getLeaderboard({ limit: 5 })).resolves.toEqualTypeOf<Leaderboard>();
    expectTypeOf(
      client.reportConversion({ event: 'signup', idempotencyKey: 'k' }),
    ).resolves.toEqualTypeOf<ConversionResponse>();
    expectTypeOf(client.join({ email: 'a@example.com' }))
      .resolves.toHaveProperty('token')
      .toEqualTypeOf<string | null>();
  });

  it('refuses wrong payloads at compile time', () => {
    // @ts-expect-error: a click needs its clickId
    client.trackClick({ code: 'ANNA42' });
    // @ts-expect-error: a conversion needs an idempotency key
    client.reportConversion({ event: 'purchase' });
    // @ts-expect-error: amounts are integers in minor units, not strings
    client.reportConversion({ event: 'purchase', idempotencyKey: 'k', amount: '49.99' });
    // @ts-expect-error: metadata values are scalars
    client.reportConversion({ event: 'purchase', idempotencyKey: 'k', metadata: { items: ['a'] } });
    // @ts-expect-error: join needs an email
    client.join({ name: 'Anna' });
    // @ts-expect-error: the leaderboard takes a numeric limit
    client.getLeaderboard({ limit: '5' });
    // @ts-expect-error: an identity needs its signature
    client.identify({ email: 'a@example.com' });
    // @ts-expect-error: per-call options are signal and timeout only
    client.getProgram({ retry: 3 });
  });

  it('refuses wrong options at compile time', () => {
    // @ts-expect-error: the publishable key is required
    createClient({ apiUrl: 'https://api.shop.example' });
    // @ts-expect-error: the secret key belongs to @rujuk/sdk/server
    createClient({ apiUrl: 'https://api.shop.example', publishableKey: 'pk_t', secretKey: 'sk_t' });
    // @ts-expect-error: retry is a count or { limit, backoffLimit }
    createClient({ apiUrl: 'https://api.shop.example', publishableKey: 'pk_t', retry: { statusCodes: [500] } });
  });

  it('narrows unknown errors to RujukError with its codes', () => {
    const error: unknown = new Error('x');
    if (isRujukError(error)) {
      expectTypeOf(error).toEqualTypeOf<RujukError>();
      expectTypeOf(error.code).toEqualTypeOf<RujukErrorCode>();
      expectTypeOf(error.status).toEqualTypeOf<number | null>();
      expectTypeOf<'timeout'>().toExtend<RujukErrorCode>();
      expectTypeOf<'unknown_code'>().toExtend<RujukErrorCode>();
      expectTypeOf<'no_such_code'>().not.toExtend<RujukErrorCode>();
    }
  });
});

describe('the store types', () => {
  const stores = getStores(client);

  it('exposes read-only atoms of the protocol types', () => {
    expectTypeOf(stores.$program).toEqualTypeOf<ReadableAtom<Program | null>>();
    expectTypeOf(stores.$participant).toEqualTypeOf<ReadableAtom<ParticipantView | null>>();
    expectTypeOf(stores.$stats).toEqualTypeOf<ReadableAtom<Stats | null>>();
    expectTypeOf(stores.$status.get()).toEqualTypeOf<'idle' | 'loading' | 'ready' | 'error'>();
    expectTypeOf(stores.join({ email: 'a@example.com' })).resolves.toEqualTypeOf<ParticipantView>();
  });

  it('does not let components write the stores', () => {
    // @ts-expect-error: stores are read-only outside the SDK
    stores.$participant.set(null);
  });
});
