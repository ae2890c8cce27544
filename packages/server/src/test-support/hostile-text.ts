import fc from 'fast-check';

/** Text built to break things: SQL and HTML metacharacters, template and format syntax, odd Unicode. */
export const METACHARACTERS = [
  "'; DROP TABLE participants; --",
  "' OR '1'='1",
  '" OR ""="',
  "\\'; SELECT pg_sleep(5); --",
  '$1',
  '%27%20OR%201%3D1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '{{shareUrl}}',
  '<%= 7*7 %>',
  '%s%n%x',
  '\u202Egnp.exe',
  '\u200B\uFEFF',
  '../../etc/passwd',
  'null',
  'undefined',
  '__proto__',
  '🙂👩‍👩‍👧',
  'İıßﬀ',
  'مرحبا',
  '\r\n',
  '; = % & # ?',
];

const noNul = (text: string) => !text.includes('\u0000');

/** Text a client may legitimately send: metacharacters, any code point but NUL, any grapheme. */
export const storableText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...METACHARACTERS.filter((text) => text.length <= maxLength)),
    fc.string({ unit: 'binary', maxLength }).filter(noNul),
    fc.string({ unit: 'grapheme', maxLength: Math.ceil(maxLength / 4) }),
    fc
      .array(fc.constantFrom(...METACHARACTERS), { maxLength: 3 })
      .map((parts) => parts.join(''))
      .filter((text) => text.length <= maxLength),
  );

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

/** Text no PostgreSQL column can hold as sent: a NUL character or an unpaired UTF-16 surrogate, anywhere. */
export const unstorableText: fc.Arbitrary<string> = fc
  .tuple(fc.string({ maxLength: 8 }), fc.oneof(fc.constant('\u0000'), loneSurrogate), fc.string({ maxLength: 8 }))
  .map(([before, bad, after]) => before + bad + after);

/** Any JSON value, nested a little, with hostile strings as keys and values. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    storableText(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(storableText(12), tie('value'), { maxKeys: 4 }),
  ),
})).value;
