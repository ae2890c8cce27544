import type { SecondaryMessages } from '../types.js';

/** Russian: the progress and leaderboard views. */
const ru: SecondaryMessages = {
  clicks: { one: 'переход', few: 'перехода', many: 'переходов', other: 'перехода' },
  signups: { one: 'регистрация', few: 'регистрации', many: 'регистраций', other: 'регистрации' },
  conversions: { one: 'конверсия', few: 'конверсии', many: 'конверсий', other: 'конверсии' },
  rewards: 'Ваши награды',
  youEarn: 'Вы получаете',
  friendGets: 'Друг получает',
  noRewards: 'Наград пока нет. Поделитесь ссылкой, чтобы начать зарабатывать.',
  pending: 'Ожидает',
  earned: 'Получено',
  reversed: 'Отменено',
  fulfilled: 'Готово к использованию',
  yourCode: 'Ваш код',
  useReward: 'Использовать',
  nextTier: {
    one: 'Ещё # приглашение до уровня «{tier}»',
    few: 'Ещё # приглашения до уровня «{tier}»',
    many: 'Ещё # приглашений до уровня «{tier}»',
    other: 'Ещё # приглашения до уровня «{tier}»',
  },
  topTier: 'Вы достигли высшего уровня: {tier}',
  redeem: 'Получить награды',
  leaderboardEmpty: 'Пока никого нет. Станьте первым!',
  referrals: { one: '# приглашение', few: '# приглашения', many: '# приглашений', other: '# приглашения' },
  you: 'Вы',
  yourRank: 'Ваше место: {rank}',
  statsUnavailable:
    'Этот адрес уже участвует. Откройте страницу на устройстве, с которого вы присоединились, чтобы увидеть прогресс.',
};

export default ru;
