import type { Messages } from '../types.js';

/** Indonesian. */
const id: Messages = {
  dir: 'ltr',
  title: 'Beri {friend}, dapatkan {referrer}',
  description:
    'Bagikan tautan pribadi Anda. Teman mendapat {friend}, dan Anda mendapat {referrer} untuk setiap teman yang memenuhi syarat.',
  launcher: 'Ajak teman',
  email: 'Email',
  name: 'Nama (opsional)',
  join: 'Dapatkan tautan saya',
  joining: 'Menyiapkan tautan Anda…',
  invalidEmail: 'Masukkan alamat email yang valid, misalnya nama@contoh.com.',
  yourLink: 'Tautan referal Anda',
  copy: 'Salin',
  copied: 'Tersalin!',
  copyFallback: 'Pilih tautan lalu salin.',
  shareVia: 'Bagikan lewat',
  shareOn: 'Bagikan di {channel}',
  channelEmail: 'Email',
  channelSms: 'SMS',
  channelNative: 'Lainnya…',
  channelQr: 'Kode QR',
  qrHint: 'Pindai untuk membuka tautan Anda',
  tabShare: 'Bagikan',
  tabProgress: 'Progres',
  tabLeaderboard: 'Papan peringkat',
  tabInfo: 'Cara kerja',
  error: 'Terjadi kesalahan. Silakan coba lagi.',
  retry: 'Coba lagi',
  close: 'Tutup',
  loading: 'Memuat…',
  notYou: 'Gunakan email lain',
  terms: 'Syarat dan ketentuan',
  friend: 'teman Anda',
};

export default id;
