import { describe, expect, it } from 'vitest';
import { CODE, EVENT, ID, KEY, TOKEN } from './patterns.js';
import { portablePattern } from './portable-pattern.js';

describe('the contract patterns', () => {
  it.each([
    ['ANNA42', true],
    ['anna-42_x', true],
    ['A'.repeat(32), true],
    ['AB', false],
    ['A'.repeat(33), false],
    ['-ANNA', false],
    ['_ANNA', false],
    ['ANNA 42', false],
    ['ÄNNA42', false],
    ['<script>', false],
  ])('accepts %j as a referral code: %s', (code, valid) => {
    expect(CODE.test(code)).toBe(valid);
  });

  it.each([
    ['k3j4h5g6', true],
    ['a_b-c'.padEnd(64, 'x'), true],
    ['short', false],
    ['x'.repeat(65), false],
    ['has.dot1', false],
  ])('accepts %j as a click or visitor id: %s', (id, valid) => {
    expect(ID.test(id)).toBe(valid);
  });

  it('accepts idempotency keys of 1–128 characters with dots and colons, and nothing else', () => {
    expect(KEY.test('order:1042.a_b-c')).toBe(true);
    expect(KEY.test('k'.repeat(128))).toBe(true);
    expect(KEY.test('')).toBe(false);
    expect(KEY.test('k'.repeat(129))).toBe(false);
    expect(KEY.test('order 1042')).toBe(false);
  });

  it('accepts lower-case event names only', () => {
    expect(EVENT.test('purchase')).toBe(true);
    expect(EVENT.test('plan.upgrade:pro')).toBe(true);
    expect(EVENT.test('Purchase')).toBe(false);
    expect(EVENT.test('.purchase')).toBe(false);
    expect(EVENT.test('e'.repeat(65))).toBe(false);
  });

  it('tells a bare participant token from the JSON an earlier SDK saved', () => {
    expect(TOKEN.test('pt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBe(true);
    expect(TOKEN.test('{"apiUrl":"https://api.shop.example","token":"pt_AAAAAAAAAAAAAAAA"}')).toBe(false);
  });

  it('spells a pattern out for readers that are not JavaScript, exactly as the protocol documents codePattern', () => {
    expect(portablePattern(CODE)).toBe('^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$');
    expect(portablePattern(ID)).toBe('^[A-Za-z0-9_-]{8,64}$');
    expect(portablePattern(KEY)).toBe('^[A-Za-z0-9_.:-]{1,128}$');
  });

  it('keeps the meaning of every pattern once spelled out', () => {
    for (const pattern of [CODE, ID, KEY, EVENT, TOKEN]) {
      const spelled = new RegExp(portablePattern(pattern));
      for (const sample of ['ANNA42', 'k3j4h5g6f7', 'order:1.x', 'purchase', 'pt_AAAAAAAAAAAAAAAAAAAA', 'ÄÖ_é', '']) {
        expect(spelled.test(sample)).toBe(pattern.test(sample));
      }
    }
  });
});
