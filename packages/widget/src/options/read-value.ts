import { warnInvalid } from './warn-invalid.js';

// Colours and fonts end up in CSS custom properties; refuse anything that could close the declaration.
const SAFE_CSS = /^[^;{}<>]{1,200}$/;

/** The trimmed text of a string option; `null` when it is empty or not a string. */
export const readText = (value: unknown): string | null => (typeof value === 'string' && value.trim()) || null;

/** A CSS value of `option` (a colour, a font): `null` when unset, and with a warning when it could break out of its custom property. */
export function readCss(value: unknown, option: string): string | null {
  const given = readText(value);
  return given === null || SAFE_CSS.test(given) ? given : warnInvalid(option, given, null);
}

/** One of the values `option` takes (its position, frequency, theme or view): the default when unset, and with a warning when unknown. */
export function readChoice(choices: string, value: unknown, option: string): string {
  const values = choices.split(' ');
  const given = readText(value) ?? values[0]!;
  return values.includes(given) ? given : warnInvalid(option, given, values[0]!);
}
