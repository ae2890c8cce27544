import type { Money, Program, Reward, ShareChannel, ShareSettings } from '@rujuk/protocol';
import type { ConfigEndpoint, WebhookEndpointInput } from './webhook-endpoints.js';

/** A reward as written in a config file; `description` is generated when omitted. */
export interface RewardInput {
  kind: Reward['kind'];
  /** Minor units for money kinds, a whole percentage for `percent_off`, a count for `points`. */
  amount?: number | null;
  /** ISO 4217 code, required by `credit`, `cash` and `amount_off`. */
  currency?: string | null;
  /** @default generated, e.g. `$10.00 store credit` or `20% off` */
  description?: string;
}

/** A tier as written in a config file. */
export interface TierInput {
  /** @default the name in lower case, e.g. `silver` */
  id?: string;
  name: string;
  /** Qualifying referrals (distinct friends) needed to reach the tier. */
  threshold: number;
  reward: RewardInput;
}

/** An A/B copy variant as written in a config file. */
export interface VariantInput {
  id: string;
  /** @default 1 */
  weight?: number;
  title?: string | null;
  description?: string | null;
  accent?: string | null;
}

/** How conversions reported with the publishable key (from a browser) are treated. */
export interface ConversionSettings {
  /**
   * `hold`: qualifying client claims grant `pending` rewards until approved with the secret key.
   * `approve`: client claims are trusted and grant `earned` rewards at once.
   * @default 'hold'
   */
  clientClaims?: 'hold' | 'approve';
}

/**
 * The program configuration file (JSON): the public program plus server-only settings.
 * Every field is optional; omitted fields take the defaults documented on each.
 * @example { "name": "Acme", "siteUrl": "https://acme.example/", "allowedOrigins": ["https://acme.example"] }
 */
export interface ProgramConfigInput {
  /** @default 'default' */
  id?: string;
  /** @default 'Referral program' */
  name?: string;
  /** @default 'http://localhost:5173/' */
  siteUrl?: string;
  /** @default no reward on either side (`custom` rewards with empty descriptions) */
  rewards?: { referrer?: RewardInput; friend?: RewardInput };
  /** @default { events: ['purchase'], minAmount: null } */
  qualifying?: { events?: string[]; minAmount?: Money | null };
  /** @default [] */
  tiers?: TierInput[];
  share?: Partial<ShareSettings>;
  /** @default [] */
  howItWorks?: string[];
  /** @default null */
  terms?: string | null;
  /** @default ['en'] */
  locales?: string[];
  /** @default the first of `locales` */
  defaultLocale?: string;
  /** @default [] */
  variants?: VariantInput[];
  /** @default { enabled: true } */
  leaderboard?: { enabled?: boolean };
  /** URL parameter names carrying a referral code. @default { params: ['ref', 'via'] } */
  referral?: { params?: string[] };
  /** @default the time the configuration was loaded */
  updatedAt?: string;
  /**
   * Origins allowed to call with the publishable key. `*` stands for any port (`http://127.0.0.1:*`)
   * or for one or more leading host labels (`https://*.shop.example`).
   * @default the origin of `siteUrl`
   */
  allowedOrigins?: string[];
  conversions?: ConversionSettings;
  /** Where participants redeem rewards. @default null */
  redeemUrl?: string | null;
  /** Base of share links; the code goes in the first `referral.params` name. @default siteUrl */
  shareBaseUrl?: string;
  /**
   * Webhook endpoints and the events each receives; endpoints can also be added through the API.
   * @default []
   * @example [{ "id": "shop", "url": "https://shop.example/hooks/rujuk", "secret": "whsec_…", "events": ["reward.earned"] }]
   */
  webhooks?: WebhookEndpointInput[];
}

/** A validated configuration with every default applied. */
export interface ProgramConfig {
  /** What `GET /v1/program` answers. */
  program: Program;
  allowedOrigins: string[];
  clientClaims: 'hold' | 'approve';
  redeemUrl: string | null;
  shareBaseUrl: string;
  webhooks: ConfigEndpoint[];
}

/** Channels a share view offers when the config lists none. */
export const DEFAULT_CHANNELS: ShareChannel[] = [
  'copy',
  'email',
  'whatsapp',
  'telegram',
  'x',
  'facebook',
  'linkedin',
  'sms',
  'native',
  'qr',
];
