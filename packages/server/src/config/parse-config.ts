import { portablePattern } from '@rujuk/contract';
import type { Money, Program, Reward, ShareChannel, Tier, Variant } from '@rujuk/protocol';
import { RujukError } from '../errors/rujuk-error.js';
import { FieldReader, isObject, type JsonObject } from '../validation/fields.js';
import { CODE_PATTERN, CURRENCY_PATTERN, EVENT_PATTERN, LOCALE_PATTERN } from '../validation/patterns.js';
import { originPatternError } from './origin-pattern.js';
import { describeReward } from './reward-description.js';
import { DEFAULT_CHANNELS, type ProgramConfig } from './types.js';
import { readConfigEndpoints } from './webhook-endpoints.js';

const REWARD_KINDS: Reward['kind'][] = ['credit', 'cash', 'amount_off', 'percent_off', 'points', 'custom'];
const MONEY_KINDS = new Set<Reward['kind']>(['credit', 'cash', 'amount_off']);
const CHANNELS = new Set<ShareChannel>([
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
]);
const KNOWN_KEYS = new Set([
  '$schema',
  'id',
  'name',
  'siteUrl',
  'rewards',
  'qualifying',
  'tiers',
  'share',
  'howItWorks',
  'terms',
  'locales',
  'defaultLocale',
  'variants',
  'leaderboard',
  'referral',
  'updatedAt',
  'allowedOrigins',
  'conversions',
  'redeemUrl',
  'shareBaseUrl',
  'webhooks',
]);
// Spelled out (`0-9`, not `\d`) for clients that are not JavaScript, as the protocol documents it.
const CODE_PATTERN_SOURCE = portablePattern(CODE_PATTERN);

function httpUrl(read: FieldReader, source: JsonObject, key: string, path: string): string | undefined {
  const value = read.string(source, key, path, { max: 2048, nullable: true });
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {}
  return read.fail(`${path}/${key}`, 'must be an absolute http(s) URL, e.g. "https://shop.example/"');
}

function strings(read: FieldReader, source: JsonObject, key: string, path: string): string[] | undefined {
  const list = read.array(source, key, path);
  if (!list) return undefined;
  const out: string[] = [];
  list.forEach((item, index) => {
    if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
    else read.fail(`${path}/${key}/${index}`, 'must be a non-empty string');
  });
  return out;
}

function reward(read: FieldReader, value: unknown, path: string): Reward {
  const fallback: Reward = { kind: 'custom', amount: null, currency: null, description: '' };
  if (value === undefined || value === null) return fallback;
  if (!isObject(value)) return read.fail(path, 'must be an object like { "kind": "credit", ... }') ?? fallback;
  const kind = value.kind;
  if (typeof kind !== 'string' || !REWARD_KINDS.includes(kind as Reward['kind'])) {
    read.fail(`${path}/kind`, `must be one of ${REWARD_KINDS.join(', ')}`);
    return fallback;
  }
  const amount = read.integer(value, 'amount', path, 0, 1e12) ?? null;
  const currency = read.string(value, 'currency', path, {
    pattern: CURRENCY_PATTERN,
    hint: 'must be an upper-case ISO 4217 code such as "USD"',
    nullable: true,
  });
  const typed = kind as Reward['kind'];
  if (MONEY_KINDS.has(typed) && (amount === null || currency === undefined)) {
    read.fail(path, `a ${typed} reward needs an integer "amount" in minor units and a "currency"`);
  }
  if ((typed === 'percent_off' || typed === 'points') && amount === null) {
    read.fail(`${path}/amount`, `is required for a ${typed} reward`);
  }
  if (typed === 'percent_off' && amount !== null && amount > 100) read.fail(`${path}/amount`, 'must be at most 100');
  const base = { kind: typed, amount, currency: currency ?? null };
  const description = read.string(value, 'description', path, { max: 200 }) ?? describeReward(base);
  return { ...base, description };
}

function money(read: FieldReader, source: JsonObject, key: string, path: string): Money | null {
  const value = read.object(source, key, path);
  if (!value) return null;
  const amount = read.integer(value, 'amount', `${path}/${key}`, 0, 1e12);
  const currency = read.string(value, 'currency', `${path}/${key}`, {
    required: true,
    pattern: CURRENCY_PATTERN,
    hint: 'must be an upper-case ISO 4217 code such as "USD"',
  });
  if (amount === undefined) read.fail(`${path}/${key}/amount`, 'is required');
  return amount === undefined || currency === undefined ? null : { amount, currency };
}

function tiers(read: FieldReader, source: JsonObject): Tier[] {
  const list = read.array(source, 'tiers', '') ?? [];
  const out: Tier[] = [];
  const ids = new Set<string>();
  list.forEach((item, index) => {
    const path = `/tiers/${index}`;
    if (!isObject(item)) {
      read.fail(path, 'must be an object with name, threshold and reward');
      return;
    }
    const name = read.string(item, 'name', path, { required: true, max: 60 });
    const threshold = read.integer(item, 'threshold', path, 1, 1e6);
    if (item.threshold === undefined) read.fail(`${path}/threshold`, 'is required (a positive integer)');
    const id = read.string(item, 'id', path, { max: 60, pattern: /^[A-Za-z0-9_-]+$/ }) ?? name?.toLowerCase();
    if (id && ids.has(id)) read.fail(`${path}/id`, `duplicates the id "${id}" of another tier`);
    if (id) ids.add(id);
    const granted = reward(read, item.reward, `${path}/reward`);
    if (name && id && threshold !== undefined) out.push({ id, name, threshold, reward: granted });
  });
  return out.sort((a, b) => a.threshold - b.threshold);
}

function variants(read: FieldReader, source: JsonObject): Variant[] {
  const list = read.array(source, 'variants', '') ?? [];
  const out: Variant[] = [];
  list.forEach((item, index) => {
    const path = `/variants/${index}`;
    if (!isObject(item)) {
      read.fail(path, 'must be an object with an id');
      return;
    }
    const id = read.string(item, 'id', path, { required: true, max: 60 });
    const weight = read.integer(item, 'weight', path, 1, 1e6) ?? 1;
    const title = read.string(item, 'title', path, { max: 200, nullable: true }) ?? null;
    const description = read.string(item, 'description', path, { max: 500, nullable: true }) ?? null;
    const accent = read.string(item, 'accent', path, { max: 60, nullable: true }) ?? null;
    if (id) out.push({ id, weight, title, description, accent });
  });
  return out;
}

function share(read: FieldReader, source: JsonObject, programName: string): Program['share'] {
  const value = read.object(source, 'share', '') ?? {};
  const message = read.string(value, 'message', '/share', { max: 1000 }) ?? `Join me at ${programName}: {{shareUrl}}`;
  const subject = read.string(value, 'subject', '/share', { max: 200 }) ?? `An invitation from {{name}}`;
  const templates: Program['share']['templates'] = {};
  const rawTemplates = read.object(value, 'templates', '/share') ?? {};
  for (const [channel, text] of Object.entries(rawTemplates)) {
    if (!CHANNELS.has(channel as ShareChannel))
      read.fail(`/share/templates/${channel}`, 'is not a known share channel');
    else if (typeof text !== 'string') read.fail(`/share/templates/${channel}`, 'must be a string');
    else templates[channel as ShareChannel] = text;
  }
  const listed = strings(read, value, 'channels', '/share');
  listed?.forEach((channel, index) => {
    if (!CHANNELS.has(channel as ShareChannel)) {
      read.fail(`/share/channels/${index}`, `must be one of ${[...CHANNELS].join(', ')}`);
    }
  });
  const channels = (listed?.filter((c) => CHANNELS.has(c as ShareChannel)) as ShareChannel[]) ?? DEFAULT_CHANNELS;
  return { message, subject, templates, channels };
}

/**
 * Validates a program configuration and applies every default.
 * Throws one `RujukError` (`invalid_config`) that names each wrong field and what it must be.
 */
export function parseConfig(input: unknown = {}, now: Date = new Date()): ProgramConfig {
  const read = new FieldReader();
  if (!isObject(input)) throw new RujukError('invalid_config', 'The program config must be a JSON object.');
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) read.fail(`/${key}`, 'is not a known config field (check the spelling)');
  }
  const id = read.string(input, 'id', '', { max: 60 }) ?? 'default';
  const name = read.string(input, 'name', '', { max: 120 }) ?? 'Referral program';
  const siteUrl = httpUrl(read, input, 'siteUrl', '') ?? 'http://localhost:5173/';
  const rewardsIn = read.object(input, 'rewards', '') ?? {};
  const rewards = {
    referrer: reward(read, rewardsIn.referrer, '/rewards/referrer'),
    friend: reward(read, rewardsIn.friend, '/rewards/friend'),
  };
  const qualifyingIn = read.object(input, 'qualifying', '') ?? {};
  const events = strings(read, qualifyingIn, 'events', '/qualifying') ?? ['purchase'];
  events.forEach((event, index) => {
    if (!EVENT_PATTERN.test(event)) read.fail(`/qualifying/events/${index}`, 'must be a lower-case event name');
  });
  const qualifying = { events, minAmount: money(read, qualifyingIn, 'minAmount', '/qualifying') };
  const locales = strings(read, input, 'locales', '') ?? ['en'];
  locales.forEach((locale, index) => {
    if (!LOCALE_PATTERN.test(locale)) read.fail(`/locales/${index}`, 'must be a locale tag such as "en" or "pt-BR"');
  });
  const defaultLocale = read.string(input, 'defaultLocale', '', { max: 35 }) ?? locales[0] ?? 'en';
  if (!locales.includes(defaultLocale)) read.fail('/defaultLocale', 'must be one of "locales"');
  const params = strings(read, read.object(input, 'referral', '') ?? {}, 'params', '/referral') ?? ['ref', 'via'];
  if (params.length === 0) read.fail('/referral/params', 'must list at least one URL parameter name');
  const updatedAt = read.string(input, 'updatedAt', '', { max: 40 });
  if (updatedAt !== undefined && Number.isNaN(Date.parse(updatedAt)))
    read.fail('/updatedAt', 'must be an ISO 8601 time');
  const program: Program = {
    id,
    name,
    siteUrl,
    rewards,
    qualifying,
    tiers: tiers(read, input),
    share: share(read, input, name),
    howItWorks: strings(read, input, 'howItWorks', '') ?? [],
    terms: read.string(input, 'terms', '', { max: 20000, nullable: true }) ?? null,
    locales,
    defaultLocale,
    variants: variants(read, input),
    leaderboard: {
      enabled: read.boolean(read.object(input, 'leaderboard', '') ?? {}, 'enabled', '/leaderboard') ?? true,
    },
    referral: { params, codePattern: CODE_PATTERN_SOURCE },
    updatedAt: updatedAt ? new Date(updatedAt).toISOString() : now.toISOString(),
  };
  const origins = strings(read, input, 'allowedOrigins', '') ?? [new URL(siteUrl).origin];
  origins.forEach((pattern, index) => {
    const problem = originPatternError(pattern);
    if (problem) read.fail(`/allowedOrigins/${index}`, problem);
  });
  const conversionsIn = read.object(input, 'conversions', '') ?? {};
  const clientClaims = read.string(conversionsIn, 'clientClaims', '/conversions', {
    pattern: /^(hold|approve)$/,
    hint: 'must be "hold" or "approve"',
  }) as ProgramConfig['clientClaims'] | undefined;
  const redeemUrl = httpUrl(read, input, 'redeemUrl', '') ?? null;
  const shareBaseUrl = httpUrl(read, input, 'shareBaseUrl', '') ?? siteUrl;
  const webhooks = readConfigEndpoints(read, input);
  if (read.errors.length > 0) {
    const list = read.errors.map((e) => `${e.path || '/'} ${e.message}`).join('; ');
    throw new RujukError('invalid_config', `Invalid program config: ${list}.`, { errors: read.errors });
  }
  return {
    program,
    allowedOrigins: origins,
    clientClaims: clientClaims ?? 'hold',
    redeemUrl,
    shareBaseUrl,
    webhooks,
  };
}
