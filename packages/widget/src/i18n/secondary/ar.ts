import type { SecondaryMessages } from '../types.js';

/** Arabic: the progress and leaderboard views. */
const ar: SecondaryMessages = {
  clicks: { zero: 'نقرة', one: 'نقرة', two: 'نقرتان', few: 'نقرات', many: 'نقرة', other: 'نقرة' },
  signups: { zero: 'تسجيل', one: 'تسجيل', two: 'تسجيلان', few: 'تسجيلات', many: 'تسجيلًا', other: 'تسجيل' },
  conversions: { zero: 'تحويل', one: 'تحويل', two: 'تحويلان', few: 'تحويلات', many: 'تحويلًا', other: 'تحويل' },
  rewards: 'مكافآتك',
  youEarn: 'تحصل على',
  friendGets: 'يحصل صديقك على',
  noRewards: 'لا توجد مكافآت بعد. شارك رابطك لتبدأ بالربح.',
  pending: 'قيد المراجعة',
  earned: 'مكتسبة',
  reversed: 'ملغاة',
  fulfilled: 'جاهزة للاستخدام',
  yourCode: 'رمزك',
  useReward: 'استخدمها الآن',
  nextTier: {
    zero: 'بقيت # إحالة للوصول إلى {tier}',
    one: 'بقيت إحالة واحدة للوصول إلى {tier}',
    two: 'بقيت إحالتان للوصول إلى {tier}',
    few: 'بقيت # إحالات للوصول إلى {tier}',
    many: 'بقيت # إحالة للوصول إلى {tier}',
    other: 'بقيت # إحالة للوصول إلى {tier}',
  },
  topTier: 'وصلت إلى أعلى مستوى: {tier}',
  redeem: 'استبدل مكافآتك',
  leaderboardEmpty: 'لا يوجد محيلون بعد. كن الأول!',
  referrals: {
    zero: '# إحالة',
    one: 'إحالة واحدة',
    two: 'إحالتان',
    few: '# إحالات',
    many: '# إحالة',
    other: '# إحالة',
  },
  you: 'أنت',
  yourRank: 'ترتيبك: {rank}',
  statsUnavailable: 'هذا البريد مسجل بالفعل. افتح هذه الصفحة على الجهاز الذي انضممت منه لرؤية تقدمك.',
};

export default ar;
