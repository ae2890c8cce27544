import type { SecondaryMessages } from '../types.js';

/** Chinese (Simplified): the progress and leaderboard views. */
const zh: SecondaryMessages = {
  clicks: { other: '次点击' },
  signups: { other: '位注册' },
  conversions: { other: '次转化' },
  rewards: '你的奖励',
  youEarn: '你将获得',
  friendGets: '好友将获得',
  noRewards: '暂无奖励。分享你的链接即可开始赚取。',
  pending: '待审核',
  earned: '已获得',
  reversed: '已撤销',
  fulfilled: '可以使用',
  yourCode: '你的代码',
  useReward: '立即使用',
  nextTier: { other: '再推荐 # 位即可达到{tier}' },
  topTier: '你已达到最高等级：{tier}',
  redeem: '兑换奖励',
  leaderboardEmpty: '还没有推荐人，快来成为第一名！',
  referrals: { other: '# 次推荐' },
  you: '你',
  yourRank: '你的排名：{rank}',
  statsUnavailable: '该邮箱已加入。请在加入时使用的设备上打开此页面查看进度。',
};

export default zh;
