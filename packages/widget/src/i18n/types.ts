/** A message that depends on a count: one form per `Intl.PluralRules` category (`other` required); `#` is the count. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The strings of the widget UI for one locale but the progress and leaderboard views'. `{name}` placeholders are filled by the translator. */
export interface Messages {
  /** Text direction of the locale. */
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  launcher: string;
  email: string;
  name: string;
  join: string;
  joining: string;
  invalidEmail: string;
  yourLink: string;
  copy: string;
  copied: string;
  copyFallback: string;
  shareVia: string;
  shareOn: string;
  channelEmail: string;
  channelSms: string;
  channelNative: string;
  channelQr: string;
  qrHint: string;
  tabShare: string;
  tabProgress: string;
  tabLeaderboard: string;
  tabInfo: string;
  error: string;
  retry: string;
  close: string;
  loading: string;
  notYou: string;
  terms: string;
  /**
   * What `{{name}}` becomes in a share template when the participant gave no name ("a friend"), written
   * as inside a sentence: a sentence that opens with it gets a capital ("A friend sent you…").
   */
  friend: string;
}

/** The strings of the progress and leaderboard views, a module of their own per locale, loaded with those views. */
export interface SecondaryMessages {
  clicks: Plural;
  signups: Plural;
  conversions: Plural;
  rewards: string;
  youEarn: string;
  friendGets: string;
  noRewards: string;
  pending: string;
  earned: string;
  reversed: string;
  /** Status of a reward the shop delivered: its code and redeem link show with it. */
  fulfilled: string;
  /** Label of a fulfilled reward's code field. */
  yourCode: string;
  /** The link that redeems a fulfilled reward in one click. */
  useReward: string;
  nextTier: Plural;
  topTier: string;
  redeem: string;
  leaderboardEmpty: string;
  referrals: Plural;
  you: string;
  yourRank: string;
  statsUnavailable: string;
}

/** Keys of the translatable strings. */
export type MessageKey = Exclude<keyof Messages | keyof SecondaryMessages, 'dir'>;
