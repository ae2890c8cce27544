import type { SecondaryMessages } from '../types.js';

/** French: the progress and leaderboard views. */
const fr: SecondaryMessages = {
  clicks: { one: 'clic', other: 'clics' },
  signups: { one: 'inscription', other: 'inscriptions' },
  conversions: { one: 'conversion', other: 'conversions' },
  rewards: 'Vos récompenses',
  youEarn: 'Vous recevez',
  friendGets: 'Votre ami reçoit',
  noRewards: 'Pas encore de récompense. Partagez votre lien pour commencer.',
  pending: 'En attente',
  earned: 'Obtenue',
  reversed: 'Annulée',
  fulfilled: 'Prêt à utiliser',
  yourCode: 'Votre code',
  useReward: 'L’utiliser maintenant',
  nextTier: { one: 'Encore # parrainage pour atteindre {tier}', other: 'Encore # parrainages pour atteindre {tier}' },
  topTier: 'Vous avez atteint le niveau maximal : {tier}',
  redeem: 'Utiliser vos récompenses',
  leaderboardEmpty: 'Aucun parrain pour l’instant. Soyez le premier !',
  referrals: { one: '# parrainage', other: '# parrainages' },
  you: 'Vous',
  yourRank: 'Votre rang : {rank}',
  statsUnavailable:
    'Cette adresse participe déjà. Ouvrez cette page sur l’appareil avec lequel vous vous êtes inscrit pour voir votre progression.',
};

export default fr;
