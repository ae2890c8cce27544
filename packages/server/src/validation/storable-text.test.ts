import { describe, expect, it } from 'vitest';
import { isStorableText, textLength } from './storable-text.js';

describe('isStorableText', () => {
  it('accepts any text PostgreSQL stores as sent, paired surrogates (emoji) included', () => {
    for (const text of [
      '',
      'Anna',
      "'; DROP TABLE x; --",
      '<b>',
      '🙂👩‍👩‍👧',
      'مرحبا',
      '\u202E\uFEFF',
      '\t\r\n\u0001',
    ]) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('refuses NUL characters and unpaired surrogates anywhere', () => {
    for (const text of ['\u0000', 'a\u0000b', '\uD800', 'x\uDFFF', '\uDC00\uD800', '🙂\uD83D']) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('counts length in code points, as JSON Schema maxLength does', () => {
    expect(textLength('Anna')).toBe(4);
    expect(textLength('🙂🙂')).toBe(2);
    expect(textLength('👩‍👩‍👧')).toBe(5);
    expect(textLength('\uD800x')).toBe(2);
  });
});
