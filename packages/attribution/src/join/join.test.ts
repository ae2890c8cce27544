import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, type Dataset } from '../test-support/configure.js';
import { installCookieJar } from '../test-support/cookie-jar.js';
import { network } from '../test-support/network.js';

const ANSWER = { participant: { code: 'CARLA1' }, token: 'pt_secret', created: true };

const load = async (dataset?: Dataset) => {
  await configure(dataset);
  return {
    ...(await import('./join.js')),
    ...(await import('../queue/queue.js')),
    ...(await import('../cookie/referral-store.js')),
  };
};

const stored = () => JSON.parse(localStorage.getItem('rujuk_queue') ?? '{}');

describe('join', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    localStorage.clear();
    installCookieJar('localhost', []);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    history.replaceState(null, '', '/');
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('stores the join with a 128-bit idempotency key before sending it, then keeps the token and identifies the participant', async () => {
    const sent = network([{ status: 201, body: ANSWER }]);
    const events: unknown[] = [];
    addEventListener('rujuk:join', (event) => events.push((event as CustomEvent).detail));
    const { join, currentReferral } = await load();
    const answer = await join({ email: 'carla@example.com', name: 'Carla' });
    expect(answer).toEqual(ANSWER);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('https://api.example/v1/participants?key=pk_test');
    expect(sent[0]!.storedBefore).toBe(true);
    expect(sent[0]!.body).toMatchObject({ email: 'carla@example.com', name: 'Carla' });
    expect(sent[0]!.body.idempotencyKey).toMatch(/^\d+-\d+-\d+-\d+$/);
    expect(localStorage.getItem('rujuk_token')).toBe('pt_secret');
    // Identified: their own link, opened afterwards by a person (not automation), is not captured as their referral.
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 Chrome/130', webdriver: false });
    history.replaceState(null, '', '/landing?ref=carla1');
    expect(currentReferral()).toBeNull();
    expect(events).toEqual([{ code: 'CARLA1', created: true }]);
    expect(stored()).toEqual({});
  });

  it('retries a join whose answer was lost with the same key, and keeps the token of the answer that arrives', async () => {
    const sent = network(['offline', { status: 200, body: { ...ANSWER, created: true } }]);
    const { join } = await load();
    const answer = join({ email: 'carla@example.com' });
    await vi.advanceTimersByTimeAsync(0);
    expect(localStorage.getItem('rujuk_token')).toBeNull();
    expect(Object.values(stored())).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(answer).resolves.toEqual(ANSWER);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.body.idempotencyKey).toBe(sent[0]!.body.idempotencyKey);
    expect(localStorage.getItem('rujuk_token')).toBe('pt_secret');
  });

  it('finishes on the next page a join stored by a page that went away before its answer', async () => {
    const key = '1-2-3-4';
    localStorage.setItem('rujuk_queue', JSON.stringify({ [key]: { email: 'carla@example.com', idempotencyKey: key } }));
    const sent = network([{ status: 200, body: ANSWER }]);
    const { retryNow, queueFlag } = await load();
    // The flag an earlier page set with its entry says storage holds something.
    document.cookie = queueFlag() + '=1; Path=/';
    retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((request) => [request.url, request.body])).toEqual([
      ['https://api.example/v1/participants?key=pk_test', { email: 'carla@example.com', idempotencyKey: key }],
    ]);
    expect(localStorage.getItem('rujuk_token')).toBe('pt_secret');
    expect(stored()).toEqual({});
  });

  it('sends a join before consent with only what the person typed, storing nothing', async () => {
    document.cookie = 'rujuk_ref=1.ANNA42.abcdefgh12.lz; Path=/';
    const sent = network([{ status: 201, body: ANSWER }]);
    const { join } = await load({ consent: 'required' });
    await join({ email: 'carla@example.com' });
    expect(Object.keys(sent[0]!.body).sort()).toEqual(['email', 'idempotencyKey']);
    expect(sent[0]!.storedBefore).toBe(false);
    expect(localStorage.length).toBe(0);
    expect(document.cookie).not.toContain('rujuk_vid');
  });

  it('rejects with the backend’s problem and drops the join when the email is refused', async () => {
    network([{ status: 400, body: { code: 'invalid_email', detail: 'email is not an address.' } }]);
    const { join } = await load();
    await expect(join({ email: 'nope' })).rejects.toMatchObject({
      code: 'invalid_email',
      message: '[rujuk] join: email is not an address.',
    });
    expect(stored()).toEqual({});
  });
});
