import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, getStores, type RujukClient } from '../index.js';
import { json, problem, sleep, startTestServer, type TestServer } from '../test-support/test-server.js';

let server: TestServer;
const TOKEN = 'pt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const program = { id: 'prog', name: 'Friends of the shop' };
const viewOf = (clicks: number) => ({ participant: { id: 'p1', code: 'ANNA42' }, stats: { clicks }, rewards: [] });

// Knobs of the fake backend below, reset before each test.
let programFails: boolean;
let meDelay: number;
let meClicks: number;
let joinToken: string | null;
let meStatus: 200 | 404 | 500;

beforeEach(async () => {
  server ??= await startTestServer();
  server.received.length = 0;
  programFails = false;
  meDelay = 0;
  meClicks = 3;
  joinToken = TOKEN;
  meStatus = 200;
  server.handle(async (request, response) => {
    if (request.url === '/v1/program') {
      return programFails ? problem(response, 500, 'internal_error') : json(response, 200, program);
    }
    if (request.url === '/v1/participants') {
      return json(response, 201, { participant: { id: 'p1' }, token: joinToken, created: joinToken !== null });
    }
    if (request.url === '/v1/participants/me') {
      await sleep(meDelay);
      const { 'x-rujuk-token': token, 'x-rujuk-signature': signature } = request.headers;
      if (token && token !== TOKEN) return problem(response, 401, 'invalid_token');
      if (!token && !signature) return problem(response, 401, 'participant_auth_required');
      if (meStatus === 404) return problem(response, 404, 'not_found');
      if (meStatus === 500) return problem(response, 500, 'internal_error');
      return json(response, 200, viewOf(meClicks));
    }
    return problem(response, 404, 'not_found');
  });
});
afterAll(() => server?.close());

const make = (token: string | null = null): RujukClient =>
  createClient({ apiUrl: server.url, publishableKey: 'pk_test', storage: null, token, retry: 0 });
const count = (path: string) => server.received.filter((r) => r.url === path).length;

describe('getStores', () => {
  it('gives every caller with the same client the same stores, and another client its own', () => {
    const client = make();
    expect(getStores(client)).toBe(getStores(client));
    expect(getStores(make())).not.toBe(getStores(client));
  });

  it('starts idle and empty', () => {
    const { $program, $participant, $stats, $status, $error } = getStores(make());
    expect([$program.get(), $participant.get(), $stats.get(), $status.get(), $error.get()]).toEqual([
      null,
      null,
      null,
      'idle',
      null,
    ]);
  });
});

describe('load', () => {
  it('loads the program, moving from loading to ready, and leaves the participant empty when signed out', async () => {
    const stores = getStores(make());
    const statuses: string[] = [];
    stores.$status.subscribe((status) => statuses.push(status));
    await stores.load();
    expect(stores.$program.get()).toEqual(program);
    expect(stores.$participant.get()).toBeNull();
    expect(statuses).toEqual(['idle', 'loading', 'ready']);
    expect(count('/v1/participants/me')).toBe(0);
  });

  it('shares one request between calls made while it is in flight', async () => {
    const stores = getStores(make(TOKEN));
    await Promise.all([stores.load(), stores.load(), stores.load()]);
    expect(count('/v1/program')).toBe(1);
    expect(count('/v1/participants/me')).toBe(1);
  });

  it('loads the signed-in participant with their stats', async () => {
    const stores = getStores(make(TOKEN));
    await stores.load();
    expect(stores.$participant.get()).toEqual(viewOf(3));
    expect(stores.$stats.get()).toEqual({ clicks: 3 });
  });

  it('never rejects: a failure goes to $status and $error, and a later load recovers', async () => {
    const stores = getStores(make());
    programFails = true;
    await expect(stores.load()).resolves.toBeUndefined();
    expect(stores.$status.get()).toBe('error');
    expect(stores.$error.get()).toMatchObject({ name: 'RujukError', code: 'internal_error', status: 500 });
    programFails = false;
    await stores.load();
    expect(stores.$status.get()).toBe('ready');
    expect(stores.$error.get()).toBeNull();
  });

  it('shows nobody for a signed identity whose email has not joined yet, without an error', async () => {
    const client = make();
    client.identify({ email: 'new@example.com', signature: 'ab12' });
    meStatus = 404;
    const stores = getStores(client);
    await stores.load();
    expect(stores.$participant.get()).toBeNull();
    expect(stores.$status.get()).toBe('ready');
  });

  it('shows nobody when the saved token is refused, and signs the client out', async () => {
    const client = make('pt_revoked');
    const stores = getStores(client);
    await stores.load();
    expect(stores.$participant.get()).toBeNull();
    expect(stores.$status.get()).toBe('ready');
    expect(client.isIdentified()).toBe(false);
  });
});

describe('refresh', () => {
  it('fetches the participant view again and updates $stats for plain subscribers', async () => {
    const stores = getStores(make(TOKEN));
    await stores.load();
    const seen: Array<number | undefined> = [];
    stores.$stats.subscribe((stats) => seen.push(stats?.clicks));
    meClicks = 4;
    await stores.refresh();
    expect(seen).toEqual([3, 4]);
    expect(count('/v1/participants/me')).toBe(2);
  });

  it('reports a failed refresh in $status without rejecting, and clears it on the next success', async () => {
    const stores = getStores(make(TOKEN));
    await stores.load();
    meStatus = 500;
    await expect(stores.refresh()).resolves.toBeUndefined();
    expect(stores.$status.get()).toBe('error');
    expect(stores.$participant.get()).toEqual(viewOf(3));
    meStatus = 200;
    await stores.refresh();
    expect(stores.$status.get()).toBe('ready');
    expect(stores.$error.get()).toBeNull();
  });
});

describe('join, identify and logout', () => {
  it('joins, signs in and resolves with the loaded view, fetching it once', async () => {
    const stores = getStores(make());
    await stores.load();
    await expect(stores.join({ email: 'anna@example.com' })).resolves.toEqual(viewOf(3));
    expect(stores.$participant.get()).toEqual(viewOf(3));
    expect(count('/v1/participants/me')).toBe(1);
  });

  it('rejects with participant_auth_required when the email joined before and no token came back', async () => {
    joinToken = null;
    const stores = getStores(make());
    const error = await stores.join({ email: 'anna@example.com' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RujukError', code: 'participant_auth_required' });
    expect(stores.$participant.get()).toBeNull();
  });

  it('loads the participant by itself when the page identifies them through the client', async () => {
    const client = make();
    const stores = getStores(client);
    await stores.load();
    client.identify({ token: TOKEN });
    await stores.refresh();
    expect(stores.$participant.get()).toEqual(viewOf(3));
  });

  it('empties the participant and stats at once on logout', async () => {
    const stores = getStores(make(TOKEN));
    await stores.load();
    stores.logout();
    expect(stores.$participant.get()).toBeNull();
    expect(stores.$stats.get()).toBeNull();
  });

  it('drops a view that arrives after the participant logged out', async () => {
    const stores = getStores(make(TOKEN));
    meDelay = 200;
    const loading = stores.load();
    await sleep(50);
    stores.logout();
    await loading;
    expect(stores.$participant.get()).toBeNull();
  });
});
