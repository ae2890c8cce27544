import { describe, expect, it } from 'vitest';
import { CODE_PATTERN } from '../validation/patterns.js';
import { candidateCode, codeStem } from './referral-code.js';

describe('referral codes', () => {
  it('start with the upper-cased letters of the name', () => {
    expect(codeStem('Anna Kowalska', 'x@y.z')).toBe('ANNA');
    expect(codeStem('Maximilianus Prawira', 'x@y.z')).toBe('MAXIMILI');
    expect(candidateCode('ANNA', 0)).toMatch(/^ANNA\d{2}$/);
  });

  it('fall back to the email local part, then to REF', () => {
    expect(codeStem(null, 'bob.smith@example.com')).toBe('BOBSMITH');
    expect(codeStem('李', '12@example.com')).toBe('REF');
  });

  it('always match the protocol code pattern, even after many collisions', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      expect(candidateCode(codeStem('Zoë', 'z@e.x'), attempt)).toMatch(CODE_PATTERN);
    }
    expect(candidateCode('ANNA', 9)).toMatch(/^ANNA[A-Z2-9]{6}$/);
  });
});
