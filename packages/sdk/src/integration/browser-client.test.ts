import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, getStores, type RujukClient, type RujukError } from '../index.js';
import { createServerClient, type RujukServerClient } from '../server/index.js';
import { type Backend, browserFetch, startBackend } from '../test-support/backend.js';

// The browser client and its stores against the real reference backend: no mocked HTTP.
let backend: Backend;
let admin: RujukServerClient;
let serial = 0;

const browser = (options: Partial<Parameters<typeof createClient>[0]> = {}): RujukClient =>
  createClient({
    apiUrl: backend.url,
    publishableKey: backend.publishableKey,
    storage: null,
    fetch: browserFetch,
    ...options,
  });
const email = (name: string) => `${name}.${Date.now()}.${++serial}@example.com`;
const clickId = () => `click_${Date.now()}_${++serial}`.padEnd(12, '0');
const reason = (promise: Promise<unknown>) => promise.catch((error: unknown) => error) as Promise<RujukError>;

beforeAll(async () => {
  backend = await startBackend();
  admin = createServerClient({ apiUrl: backend.url, secretKey: backend.secretKey });
});
afterAll(() => backend?.close());

describe('the browser client against the reference backend', () => {
  it('reads the public program', async () => {
    const program = await browser().getProgram();
    expect(program.name).toBe('Demo Shop referrals');
    expect(program.referral.params).toEqual(['ref', 'via']);
    expect(program.tiers.map((tier) => tier.id)).toEqual(['silver', 'gold']);
  });

  it('joins, keeps the token, and reads the participant with empty stats', async () => {
    const client = browser();
    const joined = await client.join({ email: email('anna'), name: 'Anna' });
    expect(joined.created).toBe(true);
    expect(joined.token).toMatch(/^pt_/);
    expect(joined.participant.shareUrl).toContain(`ref=${joined.participant.code}`);
    expect(client.isIdentified()).toBe(true);
    const me = await client.getMe();
    expect(me.participant.id).toBe(joined.participant.id);
    expect(me.stats).toEqual({ clicks: 0, signups: 0, conversions: 0, revenue: [] });
    expect(me.tier.next?.id).toBe('silver');
  });

  it('signs the participant in when a join whose answer was lost is tried again with the same key', async () => {
    // The backend enrols them; the answer never reaches the page (a dropped connection).
    let lost = 0;
    const losingFirstAnswer: typeof fetch = async (input, init) => {
      const response = await browserFetch(input, init);
      if (lost++ > 0) return response;
      await response.arrayBuffer();
      throw new TypeError('Failed to fetch');
    };
    const address = email('lost');
    const body = { email: address, idempotencyKey: `k${Date.now()}${++serial}`.padEnd(32, '0') };
    const client = browser({ fetch: losingFirstAnswer });
    expect((await reason(client.join(body))).code).toBe('network_error');
    expect(client.isIdentified()).toBe(false);
    const joined = await client.join(body);
    expect(joined).toMatchObject({ created: true, token: expect.stringMatching(/^pt_/) });
    expect(client.isIdentified()).toBe(true);
    expect((await client.getMe()).participant.id).toBe(joined.participant.id);
    expect((await admin.listParticipants({ email: address })).items).toHaveLength(1);
  });

  it('gets the token again when joining a known email with its own token, and none without proof', async () => {
    const address = email('ben');
    const first = browser();
    const { token } = await first.join({ email: address });
    const again = await first.join({ email: address });
    expect(again).toMatchObject({ created: false, token });
    const stranger = browser();
    expect(await stranger.join({ email: address })).toMatchObject({ created: false, token: null });
    expect(stranger.isIdentified()).toBe(false);
  });

  it('signs a participant in with a server-signed identity, without a token', async () => {
    const address = email('cara');
    await browser().join({ email: address });
    const client = browser({ identity: admin.signIdentity(address.toUpperCase()) });
    expect((await client.getMe()).participant.email).toBe(address);
  });

  it('forgets a refused identity and says invalid_signature', async () => {
    const client = browser({ identity: { email: email('dan'), signature: '00'.repeat(32) } });
    const error = await reason(client.getMe());
    expect(error).toMatchObject({ code: 'invalid_signature', status: 401 });
    expect(client.isIdentified()).toBe(false);
  });

  it('tracks a click once per click id and counts it in the referrer stats', async () => {
    const referrer = browser();
    const { participant } = await referrer.join({ email: email('eve') });
    const visitor = browser();
    const id = clickId();
    const first = await visitor.trackClick({
      code: participant.code.toLowerCase(),
      clickId: id,
      url: 'http://localhost/?ref=x',
    });
    expect(first.duplicate).toBe(false);
    expect(first.click.code).toBe(participant.code);
    expect((await visitor.trackClick({ code: participant.code, clickId: id })).duplicate).toBe(true);
    expect((await referrer.getMe()).stats.clicks).toBe(1);
  });

  it('rejects a click for an unknown code with unknown_code', async () => {
    const error = await reason(browser().trackClick({ code: 'NOSUCHCODE', clickId: clickId() }));
    expect(error).toMatchObject({ name: 'RujukError', code: 'unknown_code', status: 404 });
    expect(error.problem?.type).toBe('https://rujuk.dev/problems/unknown_code');
  });

  it('reports a conversion claim once per idempotency key and refuses a different body under the same key', async () => {
    const { participant } = await browser().join({ email: email('finn') });
    const key = `signup:${Date.now()}:${++serial}`;
    const body = {
      event: 'signup',
      idempotencyKey: key,
      referral: { code: participant.code },
      customer: { email: email('friend') },
    };
    const created = await browser().reportConversion(body);
    expect(created.duplicate).toBe(false);
    expect(created.conversion).toMatchObject({ source: 'client', attributed: true, referrerCode: participant.code });
    const replay = await browser().reportConversion(body);
    expect(replay).toMatchObject({ duplicate: true, conversion: { id: created.conversion.id } });
    const conflict = await reason(browser().reportConversion({ ...body, event: 'purchase' }));
    expect(conflict).toMatchObject({ code: 'idempotency_conflict', status: 409 });
  });

  it('keeps a conversion whose referral code is unknown, unattributed', async () => {
    const { conversion } = await browser().reportConversion({
      event: 'signup',
      idempotencyKey: `signup:unknown:${++serial}`,
      referral: { code: 'NOBODY99' },
    });
    expect(conversion.attributed).toBe(false);
  });

  it('reports invalid payloads as invalid_request with the field errors', async () => {
    // @ts-expect-error: a wrong payload from an untyped caller still gets a precise answer
    const error = await reason(browser().reportConversion({ event: 'signup' }));
    expect(error).toMatchObject({ code: 'invalid_request', status: 400 });
    expect(error.problem?.errors?.map((e) => e.path)).toContain('/idempotencyKey');
  });

  it('reads the leaderboard, with the caller’s own row when signed in', async () => {
    const client = browser();
    await client.join({ email: email('gus'), name: 'Gus Grant' });
    const board = await client.getLeaderboard({ limit: 3 });
    expect(board.entries.length).toBeLessThanOrEqual(3);
    expect(board.me?.isMe).toBe(true);
    expect((await browser().getLeaderboard()).me).toBeNull();
  });

  it('says invalid_key for a key the backend does not know', async () => {
    const error = await reason(browser({ publishableKey: 'pk_doesnotexist' }).getProgram());
    expect(error).toMatchObject({ code: 'invalid_key', status: 401 });
  });
});

describe('the stores against the reference backend', () => {
  it('load the program, join, and show stats that refresh after a confirmed purchase', async () => {
    const stores = getStores(browser());
    await stores.load();
    expect(stores.$status.get()).toBe('ready');
    expect(stores.$program.get()?.name).toBe('Demo Shop referrals');
    expect(stores.$participant.get()).toBeNull();

    const view = await stores.join({ email: email('hana') });
    expect(stores.$participant.get()).toEqual(view);
    expect(stores.$stats.get()?.conversions).toBe(0);

    await admin.confirmPurchase({
      referral: view.participant.code,
      orderId: `order_${++serial}`,
      amount: 4999,
      currency: 'usd',
    });
    await stores.refresh();
    expect(stores.$stats.get()).toMatchObject({ conversions: 1, revenue: [{ amount: 4999, currency: 'USD' }] });
    expect(stores.$participant.get()?.rewards.map((grant) => grant.status)).toEqual(['earned']);

    stores.logout();
    expect(stores.$participant.get()).toBeNull();
  });

  it('show a returning participant from the saved token', async () => {
    const storage = new Map<string, string>();
    const local = {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
      removeItem: (key: string) => void storage.delete(key),
    };
    await browser({ storage: local }).join({ email: email('ivan') });
    const stores = getStores(browser({ storage: local }));
    await stores.load();
    expect(stores.$participant.get()?.participant.email).toMatch(/^ivan\./);
  });
});
