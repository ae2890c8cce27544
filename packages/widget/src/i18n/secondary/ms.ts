import type { SecondaryMessages } from '../types.js';

/** Malay: the progress and leaderboard views. */
const ms: SecondaryMessages = {
  clicks: { other: 'klik' },
  signups: { other: 'pendaftaran' },
  conversions: { other: 'penukaran' },
  rewards: 'Ganjaran anda',
  youEarn: 'Anda dapat',
  friendGets: 'Rakan anda dapat',
  noRewards: 'Belum ada ganjaran. Kongsi pautan anda untuk mula memperolehnya.',
  pending: 'Belum selesai',
  earned: 'Diperoleh',
  reversed: 'Dibatalkan',
  fulfilled: 'Sedia digunakan',
  yourCode: 'Kod anda',
  useReward: 'Guna sekarang',
  nextTier: { other: '# rujukan lagi untuk mencapai {tier}' },
  topTier: 'Anda mencapai peringkat tertinggi: {tier}',
  redeem: 'Tebus ganjaran anda',
  leaderboardEmpty: 'Belum ada perujuk. Jadilah yang pertama!',
  referrals: { other: '# rujukan' },
  you: 'Anda',
  yourRank: 'Kedudukan anda: {rank}',
  statsUnavailable:
    'E-mel ini sudah menyertai. Buka halaman ini pada peranti yang anda gunakan semasa menyertai untuk melihat kemajuan.',
};

export default ms;
