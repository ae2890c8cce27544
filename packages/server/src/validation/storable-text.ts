// `\p{Cs}` only matches a surrogate that is not half of a pair: with the `u` flag a pair is one code point.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Whether text can be stored as sent: PostgreSQL refuses U+0000 in `text` and `jsonb`, and an
 * unpaired UTF-16 surrogate has no UTF-8 form (`jsonb` refuses it, `text` would turn it into U+FFFD).
 */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** The field-error message for text that {@link isStorableText} refuses. */
export const UNSTORABLE_MESSAGE = 'must not contain NUL characters or unpaired UTF-16 surrogates';

/**
 * The length of text as JSON Schema's `maxLength` counts it: in Unicode code points, so an emoji
 * counts once although JavaScript's `length` counts its two UTF-16 halves.
 */
export function textLength(text: string): number {
  let length = text.length;
  for (const char of text) if (char.length === 2) length--;
  return length;
}
