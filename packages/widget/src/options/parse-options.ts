import type { ShareChannel } from '@rujuk/protocol';
import { FREQUENCIES, POSITIONS, THEMES, VIEWS } from './choices.js';
import { mergeSources, type OptionsSource } from './merge-sources.js';
import { parseLauncher } from './parse-launcher.js';
import { parseTrigger } from './parse-trigger.js';
import { readChoice, readCss, readText as text } from './read-value.js';
import type { ResolvedOptions, SignedIdentity } from './types.js';
import { warnInvalid } from './warn-invalid.js';

export type { OptionsSource } from './merge-sources.js';
export { parseTrigger } from './parse-trigger.js';

// How an option is read: a function, or the values it takes (`choices.ts`), read with `readChoice`.
type Reader = ((value: unknown, option: string) => unknown) | string;

const CHANNELS = 'copy email sms whatsapp telegram x facebook linkedin reddit native qr'.split(' ');

// How each option is read, in the order of `ResolvedOptions`. Built on each call: in the script-tag
// build the readers shared with the loader arrive after this module ran.
const readers = (): Record<keyof ResolvedOptions, Reader> => ({
  apiUrl: (value) => {
    const given = (text(value) ?? '').replace(/\/+$/, '');
    // A path (`/_rujuk`, first-party mode) is on the page's own origin; the client needs a full URL.
    return /^\/(?!\/)/.test(given) ? location.origin + given : given;
  },
  publishableKey: (value) => text(value) ?? '',
  token: text,
  identity: (value) => {
    const { email, signature } = (value ?? {}) as Partial<SignedIdentity>;
    return email && signature ? { email, signature } : null;
  },
  // `null` (a popup) stays null; an embed shows one of the views, `share` when its value is unknown.
  view: (value, option) => (text(value) === null ? null : readChoice(VIEWS, value, option)),
  accent: readCss,
  theme: THEMES,
  radius: (value, option) => {
    const radius = typeof value === 'number' ? `${value}px` : readCss(value, option);
    return typeof radius === 'string' && /^\d+(\.\d+)?$/.test(radius) ? `${radius}px` : radius;
  },
  font: readCss,
  position: POSITIONS,
  trigger: parseTrigger,
  launcher: parseLauncher,
  title: text,
  description: text,
  buttonText: text,
  channels: parseChannels,
  locale: text,
  variant: text,
  frequency: FREQUENCIES,
});

/**
 * The name of every option, in the order of `ResolvedOptions`. Only the names are kept: in the
 * script-tag build the readers the loader shares are not there yet when this module runs.
 */
export const OPTIONS = Object.keys(readers()) as Array<keyof ResolvedOptions>;

/** Resolves widget options from sources in order of precedence (later sources win), with validation and defaults. */
export function parseWidgetOptions(...sources: OptionsSource[]): ResolvedOptions {
  const raw = mergeSources(...sources);
  return Object.fromEntries(
    Object.entries(readers()).map(([option, read]) => [
      option,
      typeof read === 'string' ? readChoice(read, raw[option], option) : read(raw[option], option),
    ]),
  ) as unknown as ResolvedOptions;
}

function parseChannels(value: unknown): ShareChannel[] | null {
  if (value == null) return null;
  const channels: string[] = [];
  for (const item of typeof value === 'string' ? value.split(',') : Array.from(value as string[])) {
    const channel = String(item).trim().toLowerCase();
    if (CHANNELS.includes(channel)) {
      if (!channels.includes(channel)) channels.push(channel);
    } else if (channel) warnInvalid('channels', channel, null);
  }
  return channels.length ? (channels as ShareChannel[]) : null;
}
