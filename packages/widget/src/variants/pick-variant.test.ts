import type { Variant } from '@rujuk/protocol';
import { describe, expect, it } from 'vitest';
import { pickVariant } from './pick-variant.js';

const variants: Variant[] = [
  { id: 'a', weight: 1, title: 'A', description: null, accent: null },
  { id: 'b', weight: 3, title: 'B', description: null, accent: '#e11d48' },
];

describe('pickVariant', () => {
  it('puts a visitor in the same bucket every time', () => {
    const first = pickVariant(variants, 'visitor-123456', 'prg_1', null);
    for (let i = 0; i < 5; i++) expect(pickVariant(variants, 'visitor-123456', 'prg_1', null)).toBe(first);
  });

  it('splits visitors by weight', () => {
    let b = 0;
    for (let i = 0; i < 4000; i++) if (pickVariant(variants, `visitor-${i}-abcdef`, 'prg_1', null)?.id === 'b') b++;
    expect(b / 4000).toBeGreaterThan(0.7);
    expect(b / 4000).toBeLessThan(0.8);
  });

  it('honours a forced variant and ignores an unknown one', () => {
    expect(pickVariant(variants, 'visitor-1', 'prg_1', 'a')?.id).toBe('a');
    expect(pickVariant(variants, 'visitor-1', 'prg_1', 'zzz')).toBeNull();
  });

  it('returns null for a program without variants', () => {
    expect(pickVariant([], 'visitor-1', 'prg_1', null)).toBeNull();
  });
});
