import { describe, expect, it } from 'vitest';
import { isBotUserAgent } from './bot-user-agent.js';
import { createRateLimiter } from './rate-limiter.js';
import { isSelfReferral } from './self-referral.js';

describe('isBotUserAgent', () => {
  it('recognises crawlers, link previewers, headless browsers and scripts', () => {
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'facebookexternalhit/1.1',
      'WhatsApp/2.23.20.0',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36',
      'curl/8.4.0',
      'python-requests/2.31',
      '',
      null,
    ]) {
      expect(isBotUserAgent(agent), String(agent)).toBe(true);
    }
  });

  it('lets ordinary browsers through', () => {
    for (const agent of [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
    ]) {
      expect(isBotUserAgent(agent), agent).toBe(false);
    }
  });
});

describe('isSelfReferral', () => {
  it('catches the same email, whatever its case and spacing', () => {
    expect(isSelfReferral({ email: ' Anna@Example.com' }, { email: 'anna@example.com' })).toBe(true);
  });

  it('catches the same visitor id the referrer joined with', () => {
    expect(isSelfReferral({ visitorId: 'v_12345678' }, { email: 'a@x.io', visitorId: 'v_12345678' })).toBe(true);
  });

  it('lets a different person through, and missing facts never match', () => {
    expect(isSelfReferral({ email: 'bob@x.io', visitorId: 'v_1' }, { email: 'anna@x.io', visitorId: 'v_2' })).toBe(
      false,
    );
    expect(isSelfReferral({}, { email: null, visitorId: null })).toBe(false);
  });
});

describe('createRateLimiter', () => {
  it('allows up to the limit per key and window, then refuses with the seconds left', () => {
    const limiter = createRateLimiter(2, 60_000);
    const t = 1_200_000_020_000;
    expect(limiter.hit('1.2.3.4', t).allowed).toBe(true);
    expect(limiter.hit('1.2.3.4', t).allowed).toBe(true);
    expect(limiter.hit('1.2.3.4', t)).toEqual({ allowed: false, retryAfter: 40 });
    expect(limiter.hit('5.6.7.8', t).allowed).toBe(true);
  });

  it('starts counting again in the next window', () => {
    const limiter = createRateLimiter(1, 60_000);
    limiter.hit('ip', 0);
    expect(limiter.hit('ip', 59_999).allowed).toBe(false);
    expect(limiter.hit('ip', 60_000).allowed).toBe(true);
  });
});
