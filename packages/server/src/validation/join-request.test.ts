import { describe, expect, it } from 'vitest';
import { parseJoinRequest } from './join-request.js';

describe('parseJoinRequest', () => {
  it('keeps a locale tag and ignores any other locale text the protocol allows, so the join still succeeds', () => {
    expect(parseJoinRequest({ email: 'a@example.com', locale: 'pt-BR' }).locale).toBe('pt-BR');
    for (const locale of ['', 'en_US', 'English', '<b>en</b>']) {
      expect(parseJoinRequest({ email: 'a@example.com', locale }).locale, locale).toBeNull();
    }
    expect(() => parseJoinRequest({ email: 'a@example.com', locale: 'x'.repeat(36) })).toThrow(/locale/);
  });

  it('refuses a name with a NUL character instead of failing to store it', () => {
    expect(() => parseJoinRequest({ email: 'a@example.com', name: 'An\u0000na' })).toThrow(
      expect.objectContaining({ code: 'invalid_request', errors: [expect.objectContaining({ path: '/name' })] }),
    );
  });

  it('allows a name of 100 characters counted as the protocol counts them, emoji included', () => {
    const name = '🙂'.repeat(100);
    expect(parseJoinRequest({ email: 'a@example.com', name }).name).toBe(name);
    expect(() => parseJoinRequest({ email: 'a@example.com', name: `${name}x` })).toThrow(/name/);
  });

  it('keeps an idempotency key of up to 128 allowed characters, and reads no key as null', () => {
    const key = `join:${'a'.repeat(123)}`;
    expect(parseJoinRequest({ email: 'a@example.com', idempotencyKey: key }).idempotencyKey).toBe(key);
    expect(parseJoinRequest({ email: 'a@example.com' }).idempotencyKey).toBeNull();
    expect(parseJoinRequest({ email: 'a@example.com', idempotencyKey: null }).idempotencyKey).toBeNull();
  });

  it('refuses an idempotency key the conversions pattern refuses, naming /idempotencyKey', () => {
    for (const idempotencyKey of ['', 'a b', 'k'.repeat(129), 'ключ', 7]) {
      expect(() => parseJoinRequest({ email: 'a@example.com', idempotencyKey }), String(idempotencyKey)).toThrow(
        expect.objectContaining({ errors: [expect.objectContaining({ path: '/idempotencyKey' })] }),
      );
    }
  });
});
