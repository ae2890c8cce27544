import { describe, expect, it } from 'vitest';
import { ID, KEY } from '../patterns/patterns.js';
import { randomClickId, randomId, secretId } from './random-id.js';

describe('the id generators', () => {
  it('make click and visitor ids the contract accepts, and never the same one twice', () => {
    const ids = new Set(Array.from({ length: 1000 }, randomId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(ID);
  });

  it('make server-side click ids of 16 lower-case letters and digits', () => {
    const id = randomClickId();
    expect(id).toMatch(/^[a-z\d]{16}$/);
    expect(id).toMatch(ID);
    expect(randomClickId()).not.toBe(id);
  });

  it('make secret keys of four 32-bit numbers that are valid idempotency keys', () => {
    const key = secretId();
    expect(key).toMatch(/^\d+-\d+-\d+-\d+$/);
    expect(key).toMatch(KEY);
    expect(secretId()).not.toBe(key);
  });
});
