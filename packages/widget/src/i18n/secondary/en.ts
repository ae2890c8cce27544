import type { SecondaryMessages } from '../types.js';

/** English: the progress and leaderboard views. */
const en: SecondaryMessages = {
  clicks: { one: 'click', other: 'clicks' },
  signups: { one: 'signup', other: 'signups' },
  conversions: { one: 'conversion', other: 'conversions' },
  rewards: 'Your rewards',
  youEarn: 'You earn',
  friendGets: 'Your friend gets',
  noRewards: 'No rewards yet. Share your link to start earning.',
  pending: 'Pending',
  earned: 'Earned',
  reversed: 'Reversed',
  fulfilled: 'Ready to use',
  yourCode: 'Your code',
  useReward: 'Use it now',
  nextTier: { one: '# more referral to reach {tier}', other: '# more referrals to reach {tier}' },
  topTier: 'You reached the top tier: {tier}',
  redeem: 'Redeem your rewards',
  leaderboardEmpty: 'No referrers yet. Be the first!',
  referrals: { one: '# referral', other: '# referrals' },
  you: 'You',
  yourRank: 'Your rank: {rank}',
  statsUnavailable: 'This email already joined. Open this page on the device you joined from to see your progress.',
};

export default en;
