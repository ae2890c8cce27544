import type { Messages } from '../types.js';

/** Chinese (Simplified). */
const zh: Messages = {
  dir: 'ltr',
  title: '送好友{friend}，你得{referrer}',
  description: '分享你的专属链接。好友可获得{friend}，每位符合条件的好友可让你获得{referrer}。',
  launcher: '邀请好友',
  email: '电子邮箱',
  name: '姓名（可选）',
  join: '获取我的链接',
  joining: '正在生成你的链接…',
  invalidEmail: '请输入有效的电子邮箱，例如 name@example.com。',
  yourLink: '你的推荐链接',
  copy: '复制',
  copied: '已复制！',
  copyFallback: '请选中链接并复制。',
  shareVia: '分享到',
  shareOn: '分享到{channel}',
  channelEmail: '邮件',
  channelSms: '短信',
  channelNative: '更多…',
  channelQr: '二维码',
  qrHint: '扫码打开你的链接',
  tabShare: '分享',
  tabProgress: '进度',
  tabLeaderboard: '排行榜',
  tabInfo: '活动规则',
  error: '出了点问题，请重试。',
  retry: '重试',
  close: '关闭',
  loading: '加载中…',
  notYou: '使用其他邮箱',
  terms: '条款',
  friend: '你的朋友',
};

export default zh;
