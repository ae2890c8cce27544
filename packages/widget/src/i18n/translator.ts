import type { MessageKey, Messages, SecondaryMessages } from './types.js';

/** Looks up a message, picks its plural form for `n`, and fills `{placeholders}`. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * Creates the translator of a locale; numbers go through `Intl.NumberFormat`, plurals through
 * `Intl.PluralRules`. Secondary strings are looked up when used, so they can join `messages` later.
 */
export function createTranslator(locale: string, messages: Messages & Partial<SecondaryMessages>): Translate {
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, values = {}) => {
    const message = messages[key] ?? '';
    let text: string;
    if (typeof message === 'string') text = message;
    else {
      const n = Number(values.n ?? 0);
      text = (message[plurals.select(n)] ?? message.other).replace('#', numbers.format(n));
    }
    return text.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      return value === undefined ? match : typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}
