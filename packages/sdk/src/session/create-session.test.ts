import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type RujukError } from '../index.js';
import { json, memoryStorage, problem, startTestServer, type TestServer } from '../test-support/test-server.js';

let server: TestServer;
const KEY = 'rujuk_token';
const TOKEN = 'pt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const view = { participant: { id: 'p1' }, stats: { clicks: 1 } };

// A backend that hands out TOKEN on join and accepts only TOKEN or a signed identity as a participant.
const backend = (joinToken: string | null = TOKEN) =>
  server.handle((request, response) => {
    if (request.url === '/v1/participants')
      return json(response, 201, { participant: {}, token: joinToken, created: true });
    if (request.url.startsWith('/v1/participants/me')) {
      const { 'x-rujuk-token': token, 'x-rujuk-signature': signature } = request.headers;
      if (signature) return json(response, 200, view);
      if (token === TOKEN) return json(response, 200, view);
      return problem(response, 401, token ? 'invalid_token' : 'participant_auth_required');
    }
    return json(response, 200, { ok: true });
  });

beforeEach(async () => {
  server ??= await startTestServer();
  server.received.length = 0;
  backend();
});
afterAll(() => server?.close());

const lastHeaders = () => server.received.at(-1)?.headers ?? {};

const make = (options: Partial<Parameters<typeof createClient>[0]> = {}) =>
  createClient({ apiUrl: server.url, publishableKey: 'pk_test', ...options });

describe('the participant session', () => {
  it('saves the token join returns, bare as the snippet and the widget save it, and sends it on participant calls', async () => {
    const storage = memoryStorage();
    const client = make({ storage });
    expect(client.isIdentified()).toBe(false);
    await client.join({ email: 'anna@example.com' });
    expect(client.isIdentified()).toBe(true);
    expect(storage.items.get(KEY)).toBe(TOKEN);
    await expect(client.getMe()).resolves.toEqual(view);
    expect(server.received.at(-1)?.headers['x-rujuk-token']).toBe(TOKEN);
  });

  it('restores the saved token in a later client, so a returning participant sees their stats', async () => {
    const storage = memoryStorage();
    await make({ storage }).join({ email: 'anna@example.com' });
    const returning = make({ storage });
    expect(returning.isIdentified()).toBe(true);
    await expect(returning.getMe()).resolves.toEqual(view);
  });

  it('still reads the { apiUrl, token } JSON earlier versions saved, so a returning participant stays signed in', async () => {
    const storage = memoryStorage({ [KEY]: JSON.stringify({ apiUrl: server.url, token: TOKEN }) });
    const returning = make({ storage });
    expect(returning.isIdentified()).toBe(true);
    await expect(returning.getMe()).resolves.toEqual(view);
    expect(server.received.at(-1)?.headers['x-rujuk-token']).toBe(TOKEN);
  });

  it('ignores a token earlier versions saved for another backend and leaves it in place on logout', async () => {
    const saved = JSON.stringify({ apiUrl: 'https://other.example', token: TOKEN });
    const storage = memoryStorage({ [KEY]: saved });
    const client = make({ storage });
    expect(client.isIdentified()).toBe(false);
    client.logout();
    expect(storage.items.get(KEY)).toBe(saved);
  });

  it('adopts the bare token the attribution snippet saves after a join form, and sends it', async () => {
    const storage = memoryStorage({ [KEY]: TOKEN });
    const client = make({ storage });
    expect(client.isIdentified()).toBe(true);
    await expect(client.getMe()).resolves.toEqual(view);
    expect(server.received.at(-1)?.headers['x-rujuk-token']).toBe(TOKEN);
  });

  it('keeps the participant signed in for the page when storage throws on every access', async () => {
    const broken = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const client = make({ storage: broken });
    await client.join({ email: 'anna@example.com' });
    expect(client.isIdentified()).toBe(true);
    await expect(client.getMe()).resolves.toEqual(view);
    expect(() => client.logout()).not.toThrow();
    expect(client.isIdentified()).toBe(false);
  });

  it('never saves a token in a server-side localStorage (Node 25 has a process-wide one)', async () => {
    const processWide = memoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: processWide });
    try {
      const client = make();
      await client.join({ email: 'anna@example.com' });
      expect(client.isIdentified()).toBe(true);
      expect(processWide.items.size).toBe(0);
      expect(make().isIdentified()).toBe(false);
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });

  it('starts from the token option and saves it; token: null starts signed out and forgets the saved one', () => {
    const storage = memoryStorage();
    expect(make({ storage, token: TOKEN }).isIdentified()).toBe(true);
    expect(make({ storage }).isIdentified()).toBe(true);
    expect(make({ storage, token: null }).isIdentified()).toBe(false);
    expect(storage.items.has(KEY)).toBe(false);
  });

  it('sends a signed identity instead of the token, and never saves it', async () => {
    const storage = memoryStorage();
    const client = make({ storage, token: TOKEN });
    client.identify({ email: 'anna@example.com', signature: 'ab12' });
    await client.getMe();
    const headers = lastHeaders();
    expect(headers['x-rujuk-email']).toBe('anna@example.com');
    expect(headers['x-rujuk-signature']).toBe('ab12');
    expect(headers['x-rujuk-token']).toBeUndefined();
    expect(storage.items.get(KEY)).not.toContain('ab12');
  });

  it('takes a signed identity from the options', async () => {
    const client = make({ storage: null, identity: { email: 'anna@example.com', signature: 'ab12' } });
    expect(client.isIdentified()).toBe(true);
    await client.getMe();
    expect(server.received.at(-1)?.headers['x-rujuk-signature']).toBe('ab12');
  });

  it('switches to a token given to identify() and saves it', () => {
    const storage = memoryStorage();
    const client = make({ storage, identity: { email: 'anna@example.com', signature: 'ab12' } });
    client.identify({ token: TOKEN });
    expect(storage.items.get(KEY)).toBe(TOKEN);
  });

  it('forgets everything on logout, in storage too', async () => {
    const storage = memoryStorage();
    const client = make({ storage });
    await client.join({ email: 'anna@example.com' });
    client.identify({ email: 'anna@example.com', signature: 'ab12' });
    client.logout();
    expect(client.isIdentified()).toBe(false);
    expect(storage.items.has(KEY)).toBe(false);
    await client.getLeaderboard();
    const headers = lastHeaders();
    expect([headers['x-rujuk-token'], headers['x-rujuk-email']]).toEqual([undefined, undefined]);
  });

  it('forgets a token the backend refuses, so the page stops presenting it', async () => {
    const storage = memoryStorage({ [KEY]: JSON.stringify({ apiUrl: server.url, token: 'pt_revoked' }) });
    const client = make({ storage });
    const changes: boolean[] = [];
    client.onAuthChange((identified) => changes.push(identified));
    const error = (await client.getMe().catch((e: unknown) => e)) as RujukError;
    expect(error.code).toBe('invalid_token');
    expect(client.isIdentified()).toBe(false);
    expect(storage.items.has(KEY)).toBe(false);
    expect(changes).toEqual([false]);
  });

  it('rejects getMe with participant_auth_required when nobody is signed in', async () => {
    const error = (await make({ storage: null })
      .getMe()
      .catch((e: unknown) => e)) as RujukError;
    expect(error).toMatchObject({ code: 'participant_auth_required', status: 401 });
  });

  it('keeps the session when join answers without a token (an email that joined elsewhere)', async () => {
    backend(null);
    const client = make({ storage: null });
    const joined = await client.join({ email: 'anna@example.com' });
    expect(joined.token).toBeNull();
    expect(client.isIdentified()).toBe(false);
  });
});

describe('onAuthChange', () => {
  it('tells listeners about sign-in, switch and logout, once per change', async () => {
    const client = make({ storage: null });
    const changes: boolean[] = [];
    client.onAuthChange((identified) => changes.push(identified));
    await client.join({ email: 'anna@example.com' });
    client.identify({ token: TOKEN });
    client.identify({ email: 'anna@example.com', signature: 'ab12' });
    client.identify({ email: 'anna@example.com', signature: 'ab12' });
    client.logout();
    client.logout();
    expect(changes).toEqual([true, true, false]);
  });

  it('stops calling a listener after it unsubscribes, and survives a listener that throws', () => {
    const client = make({ storage: null });
    const calls: string[] = [];
    client.onAuthChange(() => {
      throw new Error('listener bug');
    });
    const off = client.onAuthChange(() => calls.push('first'));
    client.onAuthChange(() => calls.push('second'));
    expect(() => client.identify({ token: TOKEN })).not.toThrow();
    off();
    client.logout();
    expect(calls).toEqual(['first', 'second', 'second']);
  });

  it('ignores identify() calls without a usable credential', () => {
    const client = make({ storage: null });
    // @ts-expect-error: untyped callers (script tags) may pass anything
    client.identify(undefined);
    client.identify({ token: '' });
    // @ts-expect-error: an identity needs a signature
    client.identify({ email: 'anna@example.com' });
    expect(client.isIdentified()).toBe(false);
  });
});
