import { describe, expect, it } from 'vitest';
import { isHashed } from './is-hashed.js';

describe('isHashed', () => {
  it.each(['rujuk-forms.3f9a1c2b.js', 'chunk-5MWEIYO6.js', 'ar-274R3IAA.js', 'join-chunk-TOLEDGIU1.js'])(
    'treats %s as content-hashed',
    (name) => {
      expect(isHashed(name)).toBe(true);
    },
  );

  it.each(['rujuk.global.js', 'widget.global.js', 'ui/widget-ui.js', 'ui/locales/en.js', 'ui/qr.js'])(
    'treats %s as an entry file',
    (name) => {
      expect(isHashed(name)).toBe(false);
    },
  );
});
