import type { Money, Timestamp } from './common.js';

/** What a reward is worth; `description` is the human text shown in the widget. */
export interface Reward {
  /** `credit`/`cash`/`amount_off` use `amount` + `currency`; `percent_off` uses `amount` as a percentage. */
  kind: 'credit' | 'cash' | 'amount_off' | 'percent_off' | 'points' | 'custom';
  /** Minor units for money kinds, a whole percentage for `percent_off`, a count for `points`. */
  amount: number | null;
  currency: string | null;
  /** Ready-to-show text, e.g. `$10 store credit`. */
  description: string;
}

/** A milestone unlocked after `threshold` qualifying referrals. */
export interface Tier {
  id: string;
  name: string;
  /** Number of qualifying conversions the referrer needs to reach this tier. */
  threshold: number;
  reward: Reward;
}

/** The channels the share view can offer, in the order a program lists them. */
export type ShareChannel =
  | 'copy'
  | 'email'
  | 'sms'
  | 'whatsapp'
  | 'telegram'
  | 'x'
  | 'facebook'
  | 'linkedin'
  | 'reddit'
  | 'native'
  | 'qr';

/** Share copy. Every template may use `{{shareUrl}}`, `{{code}}` and `{{name}}`. */
export interface ShareSettings {
  /** Default message used by every channel without its own template. */
  message: string;
  /** Email subject line. */
  subject: string;
  /** Per-channel overrides of `message`. */
  templates: Partial<Record<ShareChannel, string>>;
  /** Channels shown by default, in order. */
  channels: ShareChannel[];
}

/** An A/B variant of the widget copy; visitors are bucketed deterministically by weight. */
export interface Variant {
  id: string;
  /** Relative weight, a positive integer. */
  weight: number;
  title: string | null;
  description: string | null;
  accent: string | null;
}

/** `GET /v1/program`: the public configuration of the referral program. */
export interface Program {
  id: string;
  name: string;
  /** The site the share links point to, e.g. `https://shop.example/`. */
  siteUrl: string;
  /** Double-sided rewards: what the referrer earns and what the friend gets. */
  rewards: { referrer: Reward; friend: Reward };
  /** Which conversions count towards rewards and tiers. */
  qualifying: { events: string[]; minAmount: Money | null };
  /** Tiers sorted by ascending threshold. */
  tiers: Tier[];
  share: ShareSettings;
  /** "How it works" steps, plain text. */
  howItWorks: string[];
  /** Terms text, plain text, or `null`. */
  terms: string | null;
  /** Locale tags the program has copy for; the widget falls back to `defaultLocale`. */
  locales: string[];
  defaultLocale: string;
  variants: Variant[];
  leaderboard: { enabled: boolean };
  /** URL parameter names carrying a referral code and the pattern a code must match. */
  referral: { params: string[]; codePattern: string };
  updatedAt: Timestamp;
}
