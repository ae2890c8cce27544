import type { Messages } from '../types.js';

/** Japanese. */
const ja: Messages = {
  dir: 'ltr',
  title: '友達に{friend}、あなたに{referrer}',
  description:
    'あなた専用のリンクをシェアしましょう。友達は{friend}を受け取り、条件を満たした友達1人につきあなたは{referrer}を受け取れます。',
  launcher: '友達を紹介',
  email: 'メールアドレス',
  name: 'お名前（任意）',
  join: 'リンクを取得',
  joining: 'リンクを準備しています…',
  invalidEmail: 'name@example.com のような有効なメールアドレスを入力してください。',
  yourLink: 'あなたの紹介リンク',
  copy: 'コピー',
  copied: 'コピーしました',
  copyFallback: 'リンクを選択してコピーしてください。',
  shareVia: 'シェア方法',
  shareOn: '{channel}でシェア',
  channelEmail: 'メール',
  channelSms: 'SMS',
  channelNative: 'その他…',
  channelQr: 'QRコード',
  qrHint: 'スキャンしてリンクを開く',
  tabShare: 'シェア',
  tabProgress: '進捗',
  tabLeaderboard: 'ランキング',
  tabInfo: '仕組み',
  error: '問題が発生しました。もう一度お試しください。',
  retry: '再試行',
  close: '閉じる',
  loading: '読み込み中…',
  notYou: '別のメールアドレスを使う',
  terms: '利用規約',
  friend: 'お友だち',
};

export default ja;
