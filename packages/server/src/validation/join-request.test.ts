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
});
