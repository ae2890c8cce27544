import type { ShareChannel } from '@rujuk/protocol';
import { mergeSources, type OptionsSource } from './merge-sources.js';
import { parseLauncher } from './parse-launcher.js';
import { parseTrigger } from './parse-trigger.js';
import type { ResolvedOptions, SignedIdentity } from './types.js';
import { warnInvalid } from './warn-invalid.js';

export type { OptionsSource } from './merge-sources.js';
export { parseTrigger } from './parse-trigger.js';

type Reader = (value: unknown, option: string) => unknown;

const CHANNELS = 'copy email sms whatsapp telegram x facebook linkedin reddit native qr'.split(' ');
// Colours and fonts end up in CSS custom properties; refuse anything that could close the declaration.
const SAFE_CSS = /^[^;{}<>]{1,200}$/;

const text = (value: unknown) => (typeof value === 'string' && value.trim()) || null;
const css: Reader = (value, option) => {
  const given = text(value);
  return given === null || SAFE_CSS.test(given) ? given : warnInvalid(option, given, null);
};
// One of the space-separated `values`, the first being the default.
const choice =
  (values: string): Reader =>
  (value, option) => {
    const [fallback, ...others] = values.split(' ');
    const given = text(value);
    return given === null || given === fallback
      ? fallback
      : others.includes(given)
        ? given
        : warnInvalid(option, given, fallback);
  };

// How each option is read, in the order of `ResolvedOptions`.
const READERS: Record<keyof ResolvedOptions, Reader> = {
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
  view: (value, option) => (text(value) === null ? null : choice('share progress leaderboard join')(value, option)),
  accent: css,
  theme: choice('light dark auto'),
  radius: (value, option) => {
    const radius = typeof value === 'number' ? `${value}px` : css(value, option);
    return typeof radius === 'string' && /^\d+(\.\d+)?$/.test(radius) ? `${radius}px` : radius;
  },
  font: css,
  position: choice('modal bottom-right bottom-left top-right top-left'),
  // Called, not referenced: in the script-tag build these two arrive from the loader after this module ran.
  trigger: (value) => parseTrigger(value),
  launcher: (value) => parseLauncher(value),
  title: text,
  description: text,
  buttonText: text,
  channels: parseChannels,
  locale: text,
  variant: text,
  frequency: choice('once session always'),
};

/** Resolves widget options from sources in order of precedence (later sources win), with validation and defaults. */
export function parseWidgetOptions(...sources: OptionsSource[]): ResolvedOptions {
  const raw = mergeSources(...sources);
  return Object.fromEntries(
    Object.entries(READERS).map(([option, read]) => [option, read(raw[option], option)]),
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
