import { describe, expect, it } from 'vitest';
import { answerHeaders, forwardHeaders } from './forward-headers.js';

const request = (headers: Record<string, string>) => new Request('https://shop.example/_rujuk/v1/clicks', { headers });

describe('forwardHeaders', () => {
  it('appends the visitor to an existing X-Forwarded-For chain and Forwarded list', () => {
    const headers = forwardHeaders(
      request({ 'x-forwarded-for': '203.0.113.7, 10.0.0.2', forwarded: 'for=203.0.113.7' }),
      { clientAddress: '10.0.0.3' },
    );
    expect(headers.get('x-forwarded-for')).toBe('203.0.113.7, 10.0.0.2, 10.0.0.3');
    expect(headers.get('forwarded')).toBe('for=203.0.113.7, for=10.0.0.3;host=shop.example;proto=https');
  });

  it('starts the chain with the peer address, IPv6 bracketed and quoted, IPv4-mapped addresses unwrapped', () => {
    expect(forwardHeaders(request({}), { clientAddress: '2001:db8::1' }).get('forwarded')).toBe(
      'for="[2001:db8::1]";host=shop.example;proto=https',
    );
    expect(forwardHeaders(request({}), { clientAddress: '::ffff:198.51.100.4' }).get('x-forwarded-for')).toBe(
      '198.51.100.4',
    );
  });

  it('drops cookies, hop-by-hop fields and the fields Connection names, and keeps the rest', () => {
    const headers = forwardHeaders(
      request({
        cookie: 'session=secret',
        connection: 'keep-alive, x-private',
        'x-private': '1',
        'user-agent': 'UA',
        authorization: 'Bearer pk_1',
      }),
      {},
    );
    expect(headers.get('cookie')).toBeNull();
    expect(headers.get('x-private')).toBeNull();
    expect(headers.get('connection')).toBeNull();
    expect(headers.get('user-agent')).toBe('UA');
    expect(headers.get('authorization')).toBe('Bearer pk_1');
  });
});

describe('answerHeaders', () => {
  it('never lets the backend set a cookie on the site or claim an encoding fetch has undone', () => {
    const headers = answerHeaders(
      new Headers({ 'set-cookie': 'a=1', 'content-encoding': 'gzip', 'content-type': 'application/json' }),
    );
    expect([...headers.keys()]).toEqual(['content-type']);
  });
});
