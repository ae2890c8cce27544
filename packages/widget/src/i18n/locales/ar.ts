import type { Messages } from '../types.js';

/** Arabic. */
const ar: Messages = {
  dir: 'rtl',
  title: 'امنح {friend} واحصل على {referrer}',
  description: 'شارك رابطك الشخصي. يحصل أصدقاؤك على {friend}، وتحصل على {referrer} عن كل صديق يستوفي الشروط.',
  launcher: 'ادعُ صديقًا',
  email: 'البريد الإلكتروني',
  name: 'الاسم (اختياري)',
  join: 'احصل على رابطي',
  joining: 'جارٍ تجهيز رابطك…',
  invalidEmail: 'أدخل بريدًا إلكترونيًا صالحًا، مثل name@example.com.',
  yourLink: 'رابط الإحالة الخاص بك',
  copy: 'نسخ',
  copied: 'تم النسخ!',
  copyFallback: 'حدد الرابط وانسخه.',
  shareVia: 'شارك عبر',
  shareOn: 'شارك على {channel}',
  channelEmail: 'البريد',
  channelSms: 'رسالة نصية',
  channelNative: 'المزيد…',
  channelQr: 'رمز QR',
  qrHint: 'امسح الرمز لفتح رابطك',
  tabShare: 'مشاركة',
  tabProgress: 'التقدم',
  tabLeaderboard: 'المتصدرون',
  tabInfo: 'كيف يعمل',
  error: 'حدث خطأ ما. يرجى المحاولة مرة أخرى.',
  retry: 'أعد المحاولة',
  close: 'إغلاق',
  loading: 'جارٍ التحميل…',
  notYou: 'استخدم بريدًا آخر',
  terms: 'الشروط',
  friend: 'صديقك',
};

export default ar;
