// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../index.js';

const TOKEN = 'pt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const apiUrl = 'https://api.shop.example';
// The network is outside the system: answer every join with a token.
const fetchStub: typeof fetch = async () =>
  new Response(JSON.stringify({ participant: {}, token: TOKEN, created: true }), {
    status: 201,
    headers: { 'content-type': 'application/json' },
  });

afterEach(() => {
  localStorage.clear();
});

describe('the default token storage in a browser', () => {
  it('keeps the token in localStorage under rujuk_token', async () => {
    await createClient({ apiUrl, publishableKey: 'pk_test', fetch: fetchStub }).join({ email: 'anna@example.com' });
    expect(localStorage.getItem('rujuk_token')).toBe(TOKEN);
    expect(createClient({ apiUrl, publishableKey: 'pk_test' }).isIdentified()).toBe(true);
  });

  it('keeps it in memory only with storage: null', async () => {
    const client = createClient({ apiUrl, publishableKey: 'pk_test', fetch: fetchStub, storage: null });
    await client.join({ email: 'anna@example.com' });
    expect(client.isIdentified()).toBe(true);
    expect(localStorage.getItem('rujuk_token')).toBeNull();
  });

  it('falls back to memory when merely reading window.localStorage throws (sandboxed iframe, blocked storage)', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const client = createClient({ apiUrl, publishableKey: 'pk_test', fetch: fetchStub });
      await client.join({ email: 'anna@example.com' });
      expect(client.isIdentified()).toBe(true);
      expect(() => client.logout()).not.toThrow();
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
    }
  });
});
