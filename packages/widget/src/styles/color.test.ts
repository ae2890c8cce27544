import { describe, expect, it } from 'vitest';
import { contrast, luminance, onAccent, parseColor } from './color.js';

describe('colour helpers', () => {
  it('parses hex and rgb colours', () => {
    expect(parseColor('#4F46E5')).toEqual([79, 70, 229]);
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('rebeccapurple')).toBeNull();
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrast(luminance([0, 0, 0]), luminance([255, 255, 255]))).toBeCloseTo(21, 5);
    expect(contrast(luminance([79, 70, 229]), 1)).toBeCloseTo(6.29, 1);
  });

  it('puts dark text on light accents and white text on dark ones', () => {
    expect(onAccent([79, 70, 229])).toBe('#fff');
    expect(onAccent([253, 224, 71])).toBe('#111827');
  });
});
