import type { SecondaryMessages } from '../types.js';

/** German: the progress and leaderboard views. */
const de: SecondaryMessages = {
  clicks: { one: 'Klick', other: 'Klicks' },
  signups: { one: 'Anmeldung', other: 'Anmeldungen' },
  conversions: { one: 'Conversion', other: 'Conversions' },
  rewards: 'Deine Prämien',
  youEarn: 'Du bekommst',
  friendGets: 'Dein Freund bekommt',
  noRewards: 'Noch keine Prämien. Teile deinen Link, um loszulegen.',
  pending: 'Ausstehend',
  earned: 'Erhalten',
  reversed: 'Storniert',
  fulfilled: 'Einlösbar',
  yourCode: 'Dein Code',
  useReward: 'Jetzt einlösen',
  nextTier: { one: 'Noch # Empfehlung bis {tier}', other: 'Noch # Empfehlungen bis {tier}' },
  topTier: 'Du hast die höchste Stufe erreicht: {tier}',
  redeem: 'Prämien einlösen',
  leaderboardEmpty: 'Noch keine Empfehlungen. Sei die erste Person!',
  referrals: { one: '# Empfehlung', other: '# Empfehlungen' },
  you: 'Du',
  yourRank: 'Dein Rang: {rank}',
  statsUnavailable:
    'Diese E-Mail ist bereits dabei. Öffne diese Seite auf dem Gerät, mit dem du beigetreten bist, um deinen Fortschritt zu sehen.',
};

export default de;
