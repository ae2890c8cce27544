import type { Messages } from '../types.js';

/** Malay. */
const ms: Messages = {
  dir: 'ltr',
  title: 'Beri {friend}, dapat {referrer}',
  description:
    'Kongsi pautan peribadi anda. Rakan mendapat {friend}, dan anda mendapat {referrer} bagi setiap rakan yang layak.',
  launcher: 'Ajak rakan',
  email: 'E-mel',
  name: 'Nama (pilihan)',
  join: 'Dapatkan pautan saya',
  joining: 'Menyediakan pautan anda…',
  invalidEmail: 'Masukkan alamat e-mel yang sah, contohnya nama@contoh.com.',
  yourLink: 'Pautan rujukan anda',
  copy: 'Salin',
  copied: 'Disalin!',
  copyFallback: 'Pilih pautan dan salin.',
  shareVia: 'Kongsi melalui',
  shareOn: 'Kongsi di {channel}',
  channelEmail: 'E-mel',
  channelSms: 'SMS',
  channelNative: 'Lagi…',
  channelQr: 'Kod QR',
  qrHint: 'Imbas untuk membuka pautan anda',
  tabShare: 'Kongsi',
  tabProgress: 'Kemajuan',
  tabLeaderboard: 'Papan pendahulu',
  tabInfo: 'Cara ia berfungsi',
  error: 'Berlaku ralat. Sila cuba lagi.',
  retry: 'Cuba lagi',
  close: 'Tutup',
  loading: 'Memuatkan…',
  notYou: 'Guna e-mel lain',
  terms: 'Terma',
  friend: 'rakan anda',
};

export default ms;
