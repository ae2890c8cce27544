import type { SecondaryMessages } from '../types.js';

/** Indonesian: the progress and leaderboard views. */
const id: SecondaryMessages = {
  clicks: { other: 'klik' },
  signups: { other: 'pendaftaran' },
  conversions: { other: 'konversi' },
  rewards: 'Hadiah Anda',
  youEarn: 'Anda dapat',
  friendGets: 'Teman Anda dapat',
  noRewards: 'Belum ada hadiah. Bagikan tautan Anda untuk mulai mendapatkannya.',
  pending: 'Menunggu',
  earned: 'Diperoleh',
  reversed: 'Dibatalkan',
  fulfilled: 'Siap dipakai',
  yourCode: 'Kode Anda',
  useReward: 'Pakai sekarang',
  nextTier: { other: '# referal lagi untuk mencapai {tier}' },
  topTier: 'Anda mencapai tingkat tertinggi: {tier}',
  redeem: 'Tukarkan hadiah Anda',
  leaderboardEmpty: 'Belum ada pereferal. Jadilah yang pertama!',
  referrals: { other: '# referal' },
  you: 'Anda',
  yourRank: 'Peringkat Anda: {rank}',
  statsUnavailable:
    'Email ini sudah terdaftar. Buka halaman ini di perangkat tempat Anda mendaftar untuk melihat progres.',
};

export default id;
