import type { Messages } from '../types.js';

/** English. */
const en: Messages = {
  dir: 'ltr',
  title: 'Give {friend}, get {referrer}',
  description: 'Share your personal link. Friends get {friend}, and you get {referrer} for every friend who qualifies.',
  launcher: 'Refer a friend',
  email: 'Email',
  name: 'Name (optional)',
  join: 'Get my link',
  joining: 'Getting your link…',
  invalidEmail: 'Enter a valid email address, like name@example.com.',
  yourLink: 'Your referral link',
  copy: 'Copy',
  copied: 'Copied!',
  copyFallback: 'Select the link and copy it.',
  shareVia: 'Share via',
  shareOn: 'Share on {channel}',
  channelEmail: 'Email',
  channelSms: 'SMS',
  channelNative: 'More…',
  channelQr: 'QR code',
  qrHint: 'Scan to open your link',
  tabShare: 'Share',
  tabProgress: 'Progress',
  tabLeaderboard: 'Leaderboard',
  tabInfo: 'How it works',
  error: 'Something went wrong. Please try again.',
  retry: 'Try again',
  close: 'Close',
  loading: 'Loading…',
  notYou: 'Use another email',
  terms: 'Terms',
  friend: 'a friend',
};

export default en;
