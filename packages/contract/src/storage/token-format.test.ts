import { describe, expect, it } from 'vitest';
import { readToken, writeToken } from './token-format.js';

const TOKEN = 'pt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const apiUrl = 'https://api.shop.example';

describe('the rujuk_token format', () => {
  it('stores the bare token and reads it back for any backend of the page', () => {
    expect(writeToken(TOKEN)).toBe(TOKEN);
    expect(readToken(writeToken(TOKEN), apiUrl)).toBe(TOKEN);
    expect(readToken(writeToken(TOKEN), 'https://other.example')).toBe(TOKEN);
  });

  it('still reads the JSON an earlier SDK wrote, for the backend it names', () => {
    const saved = JSON.stringify({ apiUrl, token: TOKEN });
    expect(readToken(saved, apiUrl)).toBe(TOKEN);
  });

  it('ignores JSON written for another backend', () => {
    expect(readToken(JSON.stringify({ apiUrl: 'https://other.example', token: TOKEN }), apiUrl)).toBeNull();
  });

  it.each([
    ['nothing', null],
    ['an empty value', ''],
    ['a short value', 'pt_1'],
    ['JSON without a token', JSON.stringify({ apiUrl })],
    ['JSON null', 'null'],
    ['broken JSON', '{"apiUrl":'],
  ])('reads no token from %s', (_, raw) => {
    expect(readToken(raw, apiUrl)).toBeNull();
  });
});
