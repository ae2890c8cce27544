import { describe, expect, it } from 'vitest';
import { createClient, type RujukError } from '../index.js';
import { createServerClient } from '../server/index.js';

// Counts what would go over the network; options errors must stop a call before it.
const counting = () => {
  const calls: string[] = [];
  const fetchSpy: typeof fetch = async (input) => {
    calls.push(String(input));
    return new Response('{}', { headers: { 'content-type': 'application/json' } });
  };
  return { calls, fetchSpy };
};

const reason = (promise: Promise<unknown>) => promise.catch((error: unknown) => error) as Promise<RujukError>;

describe('createClient options', () => {
  it('never throws on wrong options; every call rejects with the reason instead, and nothing is sent', async () => {
    const { calls, fetchSpy } = counting();
    // @ts-expect-error: untyped callers may pass nothing at all
    const client = createClient(undefined);
    const other = createClient({ apiUrl: 'api.shop.example', publishableKey: 'pk_test', fetch: fetchSpy });
    const error = await reason(client.getProgram());
    expect(error).toMatchObject({ name: 'RujukError', code: 'invalid_request', status: null });
    expect((await reason(other.getProgram())).detail).toMatch(/apiUrl must be an http\(s\) URL/);
    expect(calls).toEqual([]);
  });

  it('refuses a secret key in the browser client with secret_key_exposed, before it is sent anywhere', async () => {
    const { calls, fetchSpy } = counting();
    const client = createClient({ apiUrl: 'https://api.shop.example', publishableKey: 'sk_live_x', fetch: fetchSpy });
    const error = await reason(client.reportConversion({ event: 'signup', idempotencyKey: 'k' }));
    expect(error.code).toBe('secret_key_exposed');
    expect(error.message).not.toContain('sk_live_x');
    expect(calls).toEqual([]);
  });

  it('asks for a pk_ key when the key is missing or malformed', async () => {
    // @ts-expect-error: publishableKey is required
    const error = await reason(createClient({ apiUrl: 'https://api.shop.example' }).getProgram());
    expect(error.detail).toBe('publishableKey must be the pk_… key');
  });

  it('removes trailing slashes from apiUrl', () => {
    expect(createClient({ apiUrl: 'https://api.shop.example/base//', publishableKey: 'pk_t' }).apiUrl).toBe(
      'https://api.shop.example/base',
    );
  });
});

describe('createServerClient options', () => {
  it('throws at once on a wrong option, so a misconfigured server fails at boot', () => {
    expect(() => createServerClient({ apiUrl: 'https://api.shop.example', secretKey: 'pk_test' })).toThrow(
      expect.objectContaining({
        name: 'RujukError',
        code: 'invalid_request',
        detail: 'secretKey must be the sk_… key',
      }),
    );
    expect(() => createServerClient({ apiUrl: '', secretKey: 'sk_test' })).toThrow(/apiUrl/);
  });

  it('accepts a valid configuration', () => {
    expect(createServerClient({ apiUrl: 'http://127.0.0.1:8787/', secretKey: 'sk_test' }).apiUrl).toBe(
      'http://127.0.0.1:8787',
    );
  });
});
