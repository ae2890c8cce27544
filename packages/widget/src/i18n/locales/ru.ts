import type { Messages } from '../types.js';

/** Russian. */
const ru: Messages = {
  dir: 'ltr',
  title: 'Подарите {friend}, получите {referrer}',
  description:
    'Поделитесь личной ссылкой. Друзья получат {friend}, а вы — {referrer} за каждого друга, выполнившего условия.',
  launcher: 'Пригласить друга',
  email: 'Эл. почта',
  name: 'Имя (необязательно)',
  join: 'Получить ссылку',
  joining: 'Готовим вашу ссылку…',
  invalidEmail: 'Введите корректный адрес эл. почты, например name@example.com.',
  yourLink: 'Ваша реферальная ссылка',
  copy: 'Копировать',
  copied: 'Скопировано!',
  copyFallback: 'Выделите ссылку и скопируйте её.',
  shareVia: 'Поделиться через',
  shareOn: 'Поделиться в {channel}',
  channelEmail: 'Эл. почта',
  channelSms: 'SMS',
  channelNative: 'Ещё…',
  channelQr: 'QR-код',
  qrHint: 'Отсканируйте, чтобы открыть ссылку',
  tabShare: 'Поделиться',
  tabProgress: 'Прогресс',
  tabLeaderboard: 'Рейтинг',
  tabInfo: 'Как это работает',
  error: 'Что-то пошло не так. Попробуйте ещё раз.',
  retry: 'Повторить',
  close: 'Закрыть',
  loading: 'Загрузка…',
  notYou: 'Другой адрес эл. почты',
  terms: 'Условия',
  friend: 'ваш друг',
};

export default ru;
