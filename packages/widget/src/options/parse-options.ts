import type { ShareChannel } from '@rujuk/protocol';
import { readAttributes } from './read-attributes.js';
import type { EmbedView, Frequency, Position, ResolvedOptions, Theme, Trigger, WidgetOptions } from './types.js';

const VIEWS: EmbedView[] = ['share', 'progress', 'leaderboard', 'join'];
const THEMES: Theme[] = ['light', 'dark', 'auto'];
const POSITIONS: Position[] = ['modal', 'bottom-right', 'bottom-left', 'top-right', 'top-left'];
const FREQUENCIES: Frequency[] = ['once', 'session', 'always'];
const CHANNELS: ShareChannel[] = [
  'copy',
  'email',
  'sms',
  'whatsapp',
  'telegram',
  'x',
  'facebook',
  'linkedin',
  'reddit',
  'native',
  'qr',
];
// Colours and fonts end up in CSS custom properties; refuse anything that could close the declaration.
const SAFE_CSS = /^[^;{}<>]{1,200}$/;

/** A source of options: an options object, or an element whose `data-rujuk-*` attributes are read. */
export type OptionsSource = WidgetOptions | Element | null | undefined;

/** Resolves widget options from sources in order of precedence (later sources win), with validation and defaults. */
export function parseWidgetOptions(...sources: OptionsSource[]): ResolvedOptions {
  const raw: Record<string, unknown> = {};
  for (const source of sources) {
    if (!source) continue;
    const values = isElement(source) ? readAttributes(source) : source;
    for (const [key, value] of Object.entries(values)) if (value !== undefined) raw[key] = value;
  }
  const text = (key: string): string | null => {
    const value = raw[key];
    return typeof value === 'string' && value.trim() ? value.trim() : null;
  };
  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = text(key);
    if (value === null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    warn(key, value);
    return fallback;
  };
  const css = (key: string): string | null => {
    const value = text(key);
    if (value === null || SAFE_CSS.test(value)) return value;
    warn(key, value);
    return null;
  };
  const radius = typeof raw.radius === 'number' ? `${raw.radius}px` : css('radius');
  const identity = raw.identity as ResolvedOptions['identity'] | undefined;
  return {
    apiUrl: (text('apiUrl') ?? '').replace(/\/+$/, ''),
    publishableKey: text('publishableKey') ?? '',
    token: text('token'),
    identity: identity?.email && identity.signature ? { email: identity.email, signature: identity.signature } : null,
    view: raw.view === null ? null : text('view') === null ? null : pick('view', VIEWS, 'share'),
    accent: css('accent'),
    theme: pick('theme', THEMES, 'light'),
    radius: radius !== null && /^\d+(\.\d+)?$/.test(radius) ? `${radius}px` : radius,
    font: css('font'),
    position: pick('position', POSITIONS, 'modal'),
    trigger: parseTrigger(raw.trigger),
    launcher: parseLauncher(raw.launcher),
    title: text('title'),
    description: text('description'),
    buttonText: text('buttonText'),
    channels: parseChannels(raw.channels),
    locale: text('locale'),
    variant: text('variant'),
    frequency: pick('frequency', FREQUENCIES, 'once'),
  };
}

/** Parses `click`, `delay:N` (seconds), `scroll:N%`, `exit-intent` or `after-convert`. */
export function parseTrigger(value: unknown): Trigger {
  const spec = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!spec || spec === 'click') return { type: 'click' };
  if (spec === 'exit-intent' || spec === 'after-convert') return { type: spec };
  const match = /^(delay|scroll):(\d+(?:\.\d+)?)(s|%)?$/.exec(spec);
  if (match?.[1] === 'delay' && match[3] !== '%') return { type: 'delay', seconds: Number(match[2]) };
  if (match?.[1] === 'scroll' && match[3] !== 's') return { type: 'scroll', percent: Math.min(100, Number(match[2])) };
  warn('trigger', spec);
  return { type: 'click' };
}

function parseLauncher(value: unknown): false | string {
  if (value === true || value === '' || value === 'true') return '';
  if (value === false || value === undefined || value === null || value === 'false') return false;
  return String(value).trim();
}

function parseChannels(value: unknown): ShareChannel[] | null {
  if (value === null || value === undefined) return null;
  const list = typeof value === 'string' ? value.split(',') : Array.from(value as string[]);
  const channels: ShareChannel[] = [];
  for (const item of list) {
    const channel = String(item).trim().toLowerCase() as ShareChannel;
    if (!channel) continue;
    if (CHANNELS.includes(channel)) {
      if (!channels.includes(channel)) channels.push(channel);
    } else warn('channels', channel);
  }
  return channels.length ? channels : null;
}

function isElement(value: object): value is Element {
  return typeof (value as Element).getAttribute === 'function';
}

// One short message keeps the loader small; the README lists every attribute's valid values.
function warn(option: string, value: string): void {
  console.warn(`[rujuk] ignoring invalid ${option}: "${value}"`);
}
