import type { SecondaryMessages } from '../types.js';

/** Japanese: the progress and leaderboard views. */
const ja: SecondaryMessages = {
  clicks: { other: 'クリック' },
  signups: { other: '登録' },
  conversions: { other: '成果' },
  rewards: 'あなたの特典',
  youEarn: 'あなたの特典',
  friendGets: '友達の特典',
  noRewards: 'まだ特典はありません。リンクをシェアして始めましょう。',
  pending: '保留中',
  earned: '獲得済み',
  reversed: '取り消し',
  fulfilled: '利用可能',
  yourCode: 'あなたのコード',
  useReward: '今すぐ使う',
  nextTier: { other: '{tier}まであと#人の紹介' },
  topTier: '最上位ランクに到達しました：{tier}',
  redeem: '特典を受け取る',
  leaderboardEmpty: 'まだ紹介者はいません。最初の1人になりましょう！',
  referrals: { other: '#件の紹介' },
  you: 'あなた',
  yourRank: 'あなたの順位：{rank}',
  statsUnavailable: 'このメールアドレスは登録済みです。登録した端末でこのページを開くと進捗を確認できます。',
};

export default ja;
