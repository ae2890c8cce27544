import { readText } from './read-value.js';
import type { Trigger } from './types.js';
import { warnInvalid } from './warn-invalid.js';

/** Parses `click`, `delay:N` (seconds), `scroll:N%`, `exit-intent` or `after-convert`; a trigger object is kept as it is. */
export function parseTrigger(value: unknown): Trigger {
  if (value && typeof value === 'object') return value as Trigger;
  const spec = readText(value)?.toLowerCase() ?? 'click';
  const [, type, seconds, percent] =
    /^(?:(click|exit-intent|after-convert)|delay:(\d+(?:\.\d+)?)s?|scroll:(\d+(?:\.\d+)?)%?)$/.exec(spec) ?? [];
  if (type) return { type } as Trigger;
  if (seconds) return { type: 'delay', seconds: Number(seconds) };
  if (percent) return { type: 'scroll', percent: Math.min(100, Number(percent)) };
  return warnInvalid('trigger', spec, { type: 'click' });
}
