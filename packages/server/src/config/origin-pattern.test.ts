import { describe, expect, it } from 'vitest';
import { compileOrigins, originPatternError } from './origin-pattern.js';

describe('compileOrigins', () => {
  const allowed = compileOrigins(['https://shop.example', 'http://127.0.0.1:*', 'https://*.shop.example']);

  it('matches exact origins, case-insensitively', () => {
    expect(allowed('https://shop.example')).toBe(true);
    expect(allowed('HTTPS://Shop.Example')).toBe(true);
    expect(allowed('http://shop.example')).toBe(false);
    expect(allowed('https://shop.example:8443')).toBe(false);
  });

  it('lets * stand for any port', () => {
    expect(allowed('http://127.0.0.1:5173')).toBe(true);
    expect(allowed('http://127.0.0.1')).toBe(true);
    expect(allowed('http://127.0.0.2:5173')).toBe(false);
  });

  it('lets *. stand for exactly one leading label, not for two, the bare domain or a look-alike', () => {
    expect(allowed('https://app.shop.example')).toBe(true);
    expect(allowed('https://a.b.shop.example')).toBe(false);
    expect(allowed('https://shop.example.shop.example')).toBe(false);
    expect(allowed('https://.shop.example')).toBe(false);
    expect(allowed('https://evilshop.example')).toBe(false);
    expect(allowed('https://shop.example.evil.test')).toBe(false);
  });

  it('allows everything only with the explicit * pattern', () => {
    expect(compileOrigins(['*'])('https://anything.example')).toBe(true);
    expect(compileOrigins([])('https://anything.example')).toBe(false);
  });
});

describe('originPatternError', () => {
  it('accepts origins and refuses paths, missing schemes and wildcards in the middle', () => {
    expect(originPatternError('http://*.localhost:*')).toBeNull();
    expect(originPatternError('https://shop.example/')).not.toBeNull();
    expect(originPatternError('shop.example')).not.toBeNull();
    expect(originPatternError('https://shop.*.example')).not.toBeNull();
  });
});
