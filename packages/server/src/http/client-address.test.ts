import { describe, expect, it } from 'vitest';
import { clientAddressFrom, parseTrustProxy } from './client-address.js';

const headers = (init: Record<string, string>) => new Headers(init);

describe('clientAddressFrom', () => {
  it('trusts nothing by default: forwarding headers never choose the address', () => {
    const address = clientAddressFrom(false);
    expect(address('10.0.0.1', headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('10.0.0.1');
    expect(address('10.0.0.1', headers({ forwarded: 'for=203.0.113.7' }))).toBe('10.0.0.1');
    expect(address('::ffff:10.0.0.1', headers({}))).toBe('10.0.0.1');
    expect(address(undefined, headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('unknown');
  });

  it('takes the address as many hops from the right as there are trusted proxies', () => {
    const chain = headers({ 'x-forwarded-for': '198.51.100.9, 203.0.113.7, 10.0.0.2' });
    expect(clientAddressFrom(1)('10.0.0.1', chain)).toBe('10.0.0.2');
    expect(clientAddressFrom(2)('10.0.0.1', chain)).toBe('203.0.113.7');
    // A client's own X-Forwarded-For entry sits left of what the trusted proxy appended.
    expect(clientAddressFrom(1)('10.0.0.1', headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.7' }))).toBe(
      '203.0.113.7',
    );
    expect(clientAddressFrom(5)('10.0.0.1', chain)).toBe('198.51.100.9');
  });

  it('walks left past trusted proxy addresses and ranges, stopping at the first untrusted one', () => {
    const address = clientAddressFrom(['10.0.0.0/8', '2001:db8::1']);
    const chain = headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.7, 10.9.9.9' });
    expect(address('10.0.0.1', chain)).toBe('203.0.113.7');
    expect(address('2001:db8::1', headers({ 'x-forwarded-for': '[2001:db8::99]:443' }))).toBe('2001:db8::99');
    // A request straight from a client that is no trusted proxy keeps its own address.
    expect(address('203.0.113.50', chain)).toBe('203.0.113.50');
    expect(address('10.0.0.1', headers({}))).toBe('10.0.0.1');
  });

  it('reads the Forwarded header when there is no X-Forwarded-For', () => {
    const forwarded = headers({ forwarded: 'for="[2001:db8::7]:4711";proto=https, for=203.0.113.7:8080;by=10.0.0.1' });
    expect(clientAddressFrom(1)('10.0.0.1', forwarded)).toBe('203.0.113.7');
    expect(clientAddressFrom(2)('10.0.0.1', forwarded)).toBe('2001:db8::7');
  });

  it('stops at a malformed entry on the address a trusted proxy gave, and never throws', () => {
    for (const value of ['not-an-ip', '', ' , ', 'unknown', '_hidden', '1.2.3.4.5', '"', '[::1', '999.1.1.1']) {
      for (const name of ['x-forwarded-for', 'forwarded']) {
        const chain = headers({ [name]: name === 'forwarded' ? `for=${value}` : value });
        expect(clientAddressFrom(1)('10.0.0.1', chain)).toBe('10.0.0.1');
        expect(clientAddressFrom(['10.0.0.1'])('10.0.0.1', chain)).toBe('10.0.0.1');
      }
    }
    const spoofed = headers({ 'x-forwarded-for': '1.2.3.4, garbage, 203.0.113.7' });
    expect(clientAddressFrom(3)('10.0.0.1', spoofed)).toBe('203.0.113.7');
  });
});

describe('parseTrustProxy', () => {
  it('reads a hop count, a list of addresses and ranges, or nothing', () => {
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy(' 10.0.0.0/8, ::1 ')).toEqual(['10.0.0.0/8', '::1']);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
  });

  it('refuses what is neither', () => {
    expect(() => parseTrustProxy('proxy.example')).toThrow('"proxy.example" is not an IP address');
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow('no valid prefix length');
    expect(() => parseTrustProxy('-1')).toThrow();
  });
});
